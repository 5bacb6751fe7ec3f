// Original file: src/grpc/proto/slurm/v0045/slurm.proto

import type { Long } from '@grpc/proto-loader';

export interface ControllerPing {
  'hostname'?: (string);
  'responding'?: (boolean);
  'latency'?: (number | string | Long);
  'primary'?: (boolean);
  'status'?: (string);
  '_latency'?: "latency";
}

export interface ControllerPing__Output {
  'hostname'?: (string);
  'responding'?: (boolean);
  'latency'?: (number);
  'primary'?: (boolean);
  'status'?: (string);
}

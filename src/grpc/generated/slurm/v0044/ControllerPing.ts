// Original file: src/grpc/proto/slurm/v0044/slurm.proto

import type { Long } from '@grpc/proto-loader';

export interface ControllerPing {
  'hostname'?: (string);
  'pinged'?: (string);
  'responding'?: (boolean);
  'latency'?: (number | string | Long);
  'mode'?: (string);
  'primary'?: (boolean);
  '_latency'?: "latency";
}

export interface ControllerPing__Output {
  'hostname'?: (string);
  'pinged'?: (string);
  'responding'?: (boolean);
  'latency'?: (number);
  'mode'?: (string);
  'primary'?: (boolean);
}

// Original file: src/grpc/proto/slurm/v0044/slurm.proto

import type { Long } from '@grpc/proto-loader';

export interface Uint64NoVal {
  'set'?: (boolean);
  'infinite'?: (boolean);
  'number'?: (number | string | Long);
}

export interface Uint64NoVal__Output {
  'set'?: (boolean);
  'infinite'?: (boolean);
  'number'?: (number);
}

// Original file: src/grpc/proto/slurm/v0044/slurm.proto


export interface Uint16NoVal {
  'set'?: (boolean);
  'infinite'?: (boolean);
  'number'?: (number);
}

export interface Uint16NoVal__Output {
  'set'?: (boolean);
  'infinite'?: (boolean);
  'number'?: (number);
}

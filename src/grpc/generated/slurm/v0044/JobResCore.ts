// Original file: src/grpc/proto/slurm/v0044/slurm.proto


export interface JobResCore {
  'index'?: (number);
  'status'?: (string)[];
  '_index'?: "index";
}

export interface JobResCore__Output {
  'index'?: (number);
  'status'?: (string)[];
}

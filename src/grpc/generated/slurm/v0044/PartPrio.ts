// Original file: src/grpc/proto/slurm/v0044/slurm.proto


export interface PartPrio {
  'partition'?: (string);
  'priority'?: (number);
  '_priority'?: "priority";
}

export interface PartPrio__Output {
  'partition'?: (string);
  'priority'?: (number);
}

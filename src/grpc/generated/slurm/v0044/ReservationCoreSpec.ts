// Original file: src/grpc/proto/slurm/v0044/slurm.proto


export interface ReservationCoreSpec {
  'node'?: (string);
  'core'?: (string);
}

export interface ReservationCoreSpec__Output {
  'node'?: (string);
  'core'?: (string);
}

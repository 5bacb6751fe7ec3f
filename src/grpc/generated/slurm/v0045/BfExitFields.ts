// Original file: src/grpc/proto/slurm/v0045/slurm.proto


export interface BfExitFields {
  'end_job_queue'?: (number);
  'bf_max_job_start'?: (number);
  'bf_max_job_test'?: (number);
  'bf_max_time'?: (number);
  'bf_node_space_size'?: (number);
  'state_changed'?: (number);
  '_end_job_queue'?: "end_job_queue";
  '_bf_max_job_start'?: "bf_max_job_start";
  '_bf_max_job_test'?: "bf_max_job_test";
  '_bf_max_time'?: "bf_max_time";
  '_bf_node_space_size'?: "bf_node_space_size";
  '_state_changed'?: "state_changed";
}

export interface BfExitFields__Output {
  'end_job_queue'?: (number);
  'bf_max_job_start'?: (number);
  'bf_max_job_test'?: (number);
  'bf_max_time'?: (number);
  'bf_node_space_size'?: (number);
  'state_changed'?: (number);
}

// Original file: src/grpc/proto/slurm/v0045/slurm.proto


export interface ScheduleExitFields {
  'end_job_queue'?: (number);
  'default_queue_depth'?: (number);
  'max_job_start'?: (number);
  'max_rpc_cnt'?: (number);
  'max_sched_time'?: (number);
  'licenses'?: (number);
  '_end_job_queue'?: "end_job_queue";
  '_default_queue_depth'?: "default_queue_depth";
  '_max_job_start'?: "max_job_start";
  '_max_rpc_cnt'?: "max_rpc_cnt";
  '_max_sched_time'?: "max_sched_time";
  '_licenses'?: "licenses";
}

export interface ScheduleExitFields__Output {
  'end_job_queue'?: (number);
  'default_queue_depth'?: (number);
  'max_job_start'?: (number);
  'max_rpc_cnt'?: (number);
  'max_sched_time'?: (number);
  'licenses'?: (number);
}

// Original file: src/grpc/proto/slurm/v0045/slurm.proto


export interface _slurm_v0045_CronEntry_Line {
  'start'?: (number);
  'end'?: (number);
  '_start'?: "start";
  '_end'?: "end";
}

export interface _slurm_v0045_CronEntry_Line__Output {
  'start'?: (number);
  'end'?: (number);
}

export interface CronEntry {
  'flags'?: (string)[];
  'minute'?: (string);
  'hour'?: (string);
  'day_of_month'?: (string);
  'month'?: (string);
  'day_of_week'?: (string);
  'specification'?: (string);
  'command'?: (string);
  'line'?: (_slurm_v0045_CronEntry_Line | null);
}

export interface CronEntry__Output {
  'flags'?: (string)[];
  'minute'?: (string);
  'hour'?: (string);
  'day_of_month'?: (string);
  'month'?: (string);
  'day_of_week'?: (string);
  'specification'?: (string);
  'command'?: (string);
  'line'?: (_slurm_v0045_CronEntry_Line__Output);
}

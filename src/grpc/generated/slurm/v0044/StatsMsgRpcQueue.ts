// Original file: src/grpc/proto/slurm/v0044/slurm.proto


export interface StatsMsgRpcQueue {
  'type_id'?: (number);
  'message_type'?: (string);
  'count'?: (number);
  '_type_id'?: "type_id";
  '_count'?: "count";
}

export interface StatsMsgRpcQueue__Output {
  'type_id'?: (number);
  'message_type'?: (string);
  'count'?: (number);
}

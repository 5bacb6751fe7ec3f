// Original file: src/grpc/proto/slurm/v0045/slurm.proto


export interface StatsMsgRpcDump {
  'type_id'?: (number);
  'message_type'?: (string);
  'count'?: (string)[];
  '_type_id'?: "type_id";
}

export interface StatsMsgRpcDump__Output {
  'type_id'?: (number);
  'message_type'?: (string);
  'count'?: (string)[];
}

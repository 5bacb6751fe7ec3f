// Original file: src/grpc/proto/slurm/v0045/slurm.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { DeleteJobReq as _slurm_v0045_DeleteJobReq, DeleteJobReq__Output as _slurm_v0045_DeleteJobReq__Output } from '../../slurm/v0045/DeleteJobReq.ts';
import type { Empty as _google_protobuf_Empty, Empty__Output as _google_protobuf_Empty__Output } from '../../google/protobuf/Empty.ts';
import type { JobIdReq as _slurm_v0045_JobIdReq, JobIdReq__Output as _slurm_v0045_JobIdReq__Output } from '../../slurm/v0045/JobIdReq.ts';
import type { JobSubmitReq as _slurm_v0045_JobSubmitReq, JobSubmitReq__Output as _slurm_v0045_JobSubmitReq__Output } from '../../slurm/v0045/JobSubmitReq.ts';
import type { OpenapiDiagResp as _slurm_v0045_OpenapiDiagResp, OpenapiDiagResp__Output as _slurm_v0045_OpenapiDiagResp__Output } from '../../slurm/v0045/OpenapiDiagResp.ts';
import type { OpenapiJobInfoResp as _slurm_v0045_OpenapiJobInfoResp, OpenapiJobInfoResp__Output as _slurm_v0045_OpenapiJobInfoResp__Output } from '../../slurm/v0045/OpenapiJobInfoResp.ts';
import type { OpenapiJobSubmitResponse as _slurm_v0045_OpenapiJobSubmitResponse, OpenapiJobSubmitResponse__Output as _slurm_v0045_OpenapiJobSubmitResponse__Output } from '../../slurm/v0045/OpenapiJobSubmitResponse.ts';
import type { OpenapiKillJobResp as _slurm_v0045_OpenapiKillJobResp, OpenapiKillJobResp__Output as _slurm_v0045_OpenapiKillJobResp__Output } from '../../slurm/v0045/OpenapiKillJobResp.ts';
import type { OpenapiNodesResp as _slurm_v0045_OpenapiNodesResp, OpenapiNodesResp__Output as _slurm_v0045_OpenapiNodesResp__Output } from '../../slurm/v0045/OpenapiNodesResp.ts';
import type { OpenapiPartitionResp as _slurm_v0045_OpenapiPartitionResp, OpenapiPartitionResp__Output as _slurm_v0045_OpenapiPartitionResp__Output } from '../../slurm/v0045/OpenapiPartitionResp.ts';
import type { OpenapiPingArrayResp as _slurm_v0045_OpenapiPingArrayResp, OpenapiPingArrayResp__Output as _slurm_v0045_OpenapiPingArrayResp__Output } from '../../slurm/v0045/OpenapiPingArrayResp.ts';
import type { OpenapiReservationResp as _slurm_v0045_OpenapiReservationResp, OpenapiReservationResp__Output as _slurm_v0045_OpenapiReservationResp__Output } from '../../slurm/v0045/OpenapiReservationResp.ts';

export interface SlurmIndirectClient extends grpc.Client {
  DeleteJob(argument: _slurm_v0045_DeleteJobReq, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiKillJobResp__Output>): grpc.ClientUnaryCall;
  DeleteJob(argument: _slurm_v0045_DeleteJobReq, metadata: grpc.Metadata, callback: grpc.requestCallback<_slurm_v0045_OpenapiKillJobResp__Output>): grpc.ClientUnaryCall;
  DeleteJob(argument: _slurm_v0045_DeleteJobReq, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiKillJobResp__Output>): grpc.ClientUnaryCall;
  DeleteJob(argument: _slurm_v0045_DeleteJobReq, callback: grpc.requestCallback<_slurm_v0045_OpenapiKillJobResp__Output>): grpc.ClientUnaryCall;
  deleteJob(argument: _slurm_v0045_DeleteJobReq, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiKillJobResp__Output>): grpc.ClientUnaryCall;
  deleteJob(argument: _slurm_v0045_DeleteJobReq, metadata: grpc.Metadata, callback: grpc.requestCallback<_slurm_v0045_OpenapiKillJobResp__Output>): grpc.ClientUnaryCall;
  deleteJob(argument: _slurm_v0045_DeleteJobReq, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiKillJobResp__Output>): grpc.ClientUnaryCall;
  deleteJob(argument: _slurm_v0045_DeleteJobReq, callback: grpc.requestCallback<_slurm_v0045_OpenapiKillJobResp__Output>): grpc.ClientUnaryCall;
  
  GetDiag(argument: _google_protobuf_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiDiagResp__Output>): grpc.ClientUnaryCall;
  GetDiag(argument: _google_protobuf_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_slurm_v0045_OpenapiDiagResp__Output>): grpc.ClientUnaryCall;
  GetDiag(argument: _google_protobuf_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiDiagResp__Output>): grpc.ClientUnaryCall;
  GetDiag(argument: _google_protobuf_Empty, callback: grpc.requestCallback<_slurm_v0045_OpenapiDiagResp__Output>): grpc.ClientUnaryCall;
  getDiag(argument: _google_protobuf_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiDiagResp__Output>): grpc.ClientUnaryCall;
  getDiag(argument: _google_protobuf_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_slurm_v0045_OpenapiDiagResp__Output>): grpc.ClientUnaryCall;
  getDiag(argument: _google_protobuf_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiDiagResp__Output>): grpc.ClientUnaryCall;
  getDiag(argument: _google_protobuf_Empty, callback: grpc.requestCallback<_slurm_v0045_OpenapiDiagResp__Output>): grpc.ClientUnaryCall;
  
  GetJob(argument: _slurm_v0045_JobIdReq, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobInfoResp__Output>): grpc.ClientUnaryCall;
  GetJob(argument: _slurm_v0045_JobIdReq, metadata: grpc.Metadata, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobInfoResp__Output>): grpc.ClientUnaryCall;
  GetJob(argument: _slurm_v0045_JobIdReq, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobInfoResp__Output>): grpc.ClientUnaryCall;
  GetJob(argument: _slurm_v0045_JobIdReq, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobInfoResp__Output>): grpc.ClientUnaryCall;
  getJob(argument: _slurm_v0045_JobIdReq, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobInfoResp__Output>): grpc.ClientUnaryCall;
  getJob(argument: _slurm_v0045_JobIdReq, metadata: grpc.Metadata, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobInfoResp__Output>): grpc.ClientUnaryCall;
  getJob(argument: _slurm_v0045_JobIdReq, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobInfoResp__Output>): grpc.ClientUnaryCall;
  getJob(argument: _slurm_v0045_JobIdReq, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobInfoResp__Output>): grpc.ClientUnaryCall;
  
  GetJobs(argument: _google_protobuf_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobInfoResp__Output>): grpc.ClientUnaryCall;
  GetJobs(argument: _google_protobuf_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobInfoResp__Output>): grpc.ClientUnaryCall;
  GetJobs(argument: _google_protobuf_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobInfoResp__Output>): grpc.ClientUnaryCall;
  GetJobs(argument: _google_protobuf_Empty, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobInfoResp__Output>): grpc.ClientUnaryCall;
  getJobs(argument: _google_protobuf_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobInfoResp__Output>): grpc.ClientUnaryCall;
  getJobs(argument: _google_protobuf_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobInfoResp__Output>): grpc.ClientUnaryCall;
  getJobs(argument: _google_protobuf_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobInfoResp__Output>): grpc.ClientUnaryCall;
  getJobs(argument: _google_protobuf_Empty, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobInfoResp__Output>): grpc.ClientUnaryCall;
  
  GetNodes(argument: _google_protobuf_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiNodesResp__Output>): grpc.ClientUnaryCall;
  GetNodes(argument: _google_protobuf_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_slurm_v0045_OpenapiNodesResp__Output>): grpc.ClientUnaryCall;
  GetNodes(argument: _google_protobuf_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiNodesResp__Output>): grpc.ClientUnaryCall;
  GetNodes(argument: _google_protobuf_Empty, callback: grpc.requestCallback<_slurm_v0045_OpenapiNodesResp__Output>): grpc.ClientUnaryCall;
  getNodes(argument: _google_protobuf_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiNodesResp__Output>): grpc.ClientUnaryCall;
  getNodes(argument: _google_protobuf_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_slurm_v0045_OpenapiNodesResp__Output>): grpc.ClientUnaryCall;
  getNodes(argument: _google_protobuf_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiNodesResp__Output>): grpc.ClientUnaryCall;
  getNodes(argument: _google_protobuf_Empty, callback: grpc.requestCallback<_slurm_v0045_OpenapiNodesResp__Output>): grpc.ClientUnaryCall;
  
  GetPartitions(argument: _google_protobuf_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiPartitionResp__Output>): grpc.ClientUnaryCall;
  GetPartitions(argument: _google_protobuf_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_slurm_v0045_OpenapiPartitionResp__Output>): grpc.ClientUnaryCall;
  GetPartitions(argument: _google_protobuf_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiPartitionResp__Output>): grpc.ClientUnaryCall;
  GetPartitions(argument: _google_protobuf_Empty, callback: grpc.requestCallback<_slurm_v0045_OpenapiPartitionResp__Output>): grpc.ClientUnaryCall;
  getPartitions(argument: _google_protobuf_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiPartitionResp__Output>): grpc.ClientUnaryCall;
  getPartitions(argument: _google_protobuf_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_slurm_v0045_OpenapiPartitionResp__Output>): grpc.ClientUnaryCall;
  getPartitions(argument: _google_protobuf_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiPartitionResp__Output>): grpc.ClientUnaryCall;
  getPartitions(argument: _google_protobuf_Empty, callback: grpc.requestCallback<_slurm_v0045_OpenapiPartitionResp__Output>): grpc.ClientUnaryCall;
  
  GetReservations(argument: _google_protobuf_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiReservationResp__Output>): grpc.ClientUnaryCall;
  GetReservations(argument: _google_protobuf_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_slurm_v0045_OpenapiReservationResp__Output>): grpc.ClientUnaryCall;
  GetReservations(argument: _google_protobuf_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiReservationResp__Output>): grpc.ClientUnaryCall;
  GetReservations(argument: _google_protobuf_Empty, callback: grpc.requestCallback<_slurm_v0045_OpenapiReservationResp__Output>): grpc.ClientUnaryCall;
  getReservations(argument: _google_protobuf_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiReservationResp__Output>): grpc.ClientUnaryCall;
  getReservations(argument: _google_protobuf_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_slurm_v0045_OpenapiReservationResp__Output>): grpc.ClientUnaryCall;
  getReservations(argument: _google_protobuf_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiReservationResp__Output>): grpc.ClientUnaryCall;
  getReservations(argument: _google_protobuf_Empty, callback: grpc.requestCallback<_slurm_v0045_OpenapiReservationResp__Output>): grpc.ClientUnaryCall;
  
  Ping(argument: _google_protobuf_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiPingArrayResp__Output>): grpc.ClientUnaryCall;
  Ping(argument: _google_protobuf_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_slurm_v0045_OpenapiPingArrayResp__Output>): grpc.ClientUnaryCall;
  Ping(argument: _google_protobuf_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiPingArrayResp__Output>): grpc.ClientUnaryCall;
  Ping(argument: _google_protobuf_Empty, callback: grpc.requestCallback<_slurm_v0045_OpenapiPingArrayResp__Output>): grpc.ClientUnaryCall;
  ping(argument: _google_protobuf_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiPingArrayResp__Output>): grpc.ClientUnaryCall;
  ping(argument: _google_protobuf_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_slurm_v0045_OpenapiPingArrayResp__Output>): grpc.ClientUnaryCall;
  ping(argument: _google_protobuf_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiPingArrayResp__Output>): grpc.ClientUnaryCall;
  ping(argument: _google_protobuf_Empty, callback: grpc.requestCallback<_slurm_v0045_OpenapiPingArrayResp__Output>): grpc.ClientUnaryCall;
  
  PostJobSubmit(argument: _slurm_v0045_JobSubmitReq, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobSubmitResponse__Output>): grpc.ClientUnaryCall;
  PostJobSubmit(argument: _slurm_v0045_JobSubmitReq, metadata: grpc.Metadata, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobSubmitResponse__Output>): grpc.ClientUnaryCall;
  PostJobSubmit(argument: _slurm_v0045_JobSubmitReq, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobSubmitResponse__Output>): grpc.ClientUnaryCall;
  PostJobSubmit(argument: _slurm_v0045_JobSubmitReq, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobSubmitResponse__Output>): grpc.ClientUnaryCall;
  postJobSubmit(argument: _slurm_v0045_JobSubmitReq, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobSubmitResponse__Output>): grpc.ClientUnaryCall;
  postJobSubmit(argument: _slurm_v0045_JobSubmitReq, metadata: grpc.Metadata, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobSubmitResponse__Output>): grpc.ClientUnaryCall;
  postJobSubmit(argument: _slurm_v0045_JobSubmitReq, options: grpc.CallOptions, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobSubmitResponse__Output>): grpc.ClientUnaryCall;
  postJobSubmit(argument: _slurm_v0045_JobSubmitReq, callback: grpc.requestCallback<_slurm_v0045_OpenapiJobSubmitResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface SlurmIndirectHandlers extends grpc.UntypedServiceImplementation {
  DeleteJob: grpc.handleUnaryCall<_slurm_v0045_DeleteJobReq__Output, _slurm_v0045_OpenapiKillJobResp>;
  
  GetDiag: grpc.handleUnaryCall<_google_protobuf_Empty__Output, _slurm_v0045_OpenapiDiagResp>;
  
  GetJob: grpc.handleUnaryCall<_slurm_v0045_JobIdReq__Output, _slurm_v0045_OpenapiJobInfoResp>;
  
  GetJobs: grpc.handleUnaryCall<_google_protobuf_Empty__Output, _slurm_v0045_OpenapiJobInfoResp>;
  
  GetNodes: grpc.handleUnaryCall<_google_protobuf_Empty__Output, _slurm_v0045_OpenapiNodesResp>;
  
  GetPartitions: grpc.handleUnaryCall<_google_protobuf_Empty__Output, _slurm_v0045_OpenapiPartitionResp>;
  
  GetReservations: grpc.handleUnaryCall<_google_protobuf_Empty__Output, _slurm_v0045_OpenapiReservationResp>;
  
  Ping: grpc.handleUnaryCall<_google_protobuf_Empty__Output, _slurm_v0045_OpenapiPingArrayResp>;
  
  PostJobSubmit: grpc.handleUnaryCall<_slurm_v0045_JobSubmitReq__Output, _slurm_v0045_OpenapiJobSubmitResponse>;
  
}

export interface SlurmIndirectDefinition extends grpc.ServiceDefinition {
  DeleteJob: MethodDefinition<_slurm_v0045_DeleteJobReq, _slurm_v0045_OpenapiKillJobResp, _slurm_v0045_DeleteJobReq__Output, _slurm_v0045_OpenapiKillJobResp__Output>
  GetDiag: MethodDefinition<_google_protobuf_Empty, _slurm_v0045_OpenapiDiagResp, _google_protobuf_Empty__Output, _slurm_v0045_OpenapiDiagResp__Output>
  GetJob: MethodDefinition<_slurm_v0045_JobIdReq, _slurm_v0045_OpenapiJobInfoResp, _slurm_v0045_JobIdReq__Output, _slurm_v0045_OpenapiJobInfoResp__Output>
  GetJobs: MethodDefinition<_google_protobuf_Empty, _slurm_v0045_OpenapiJobInfoResp, _google_protobuf_Empty__Output, _slurm_v0045_OpenapiJobInfoResp__Output>
  GetNodes: MethodDefinition<_google_protobuf_Empty, _slurm_v0045_OpenapiNodesResp, _google_protobuf_Empty__Output, _slurm_v0045_OpenapiNodesResp__Output>
  GetPartitions: MethodDefinition<_google_protobuf_Empty, _slurm_v0045_OpenapiPartitionResp, _google_protobuf_Empty__Output, _slurm_v0045_OpenapiPartitionResp__Output>
  GetReservations: MethodDefinition<_google_protobuf_Empty, _slurm_v0045_OpenapiReservationResp, _google_protobuf_Empty__Output, _slurm_v0045_OpenapiReservationResp__Output>
  Ping: MethodDefinition<_google_protobuf_Empty, _slurm_v0045_OpenapiPingArrayResp, _google_protobuf_Empty__Output, _slurm_v0045_OpenapiPingArrayResp__Output>
  PostJobSubmit: MethodDefinition<_slurm_v0045_JobSubmitReq, _slurm_v0045_OpenapiJobSubmitResponse, _slurm_v0045_JobSubmitReq__Output, _slurm_v0045_OpenapiJobSubmitResponse__Output>
}

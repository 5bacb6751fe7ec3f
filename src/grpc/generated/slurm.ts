import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Empty as _google_protobuf_Empty, Empty__Output as _google_protobuf_Empty__Output } from './google/protobuf/Empty.ts';
import type { AcctGatherEnergy as _slurm_v0043_AcctGatherEnergy, AcctGatherEnergy__Output as _slurm_v0043_AcctGatherEnergy__Output } from './slurm/v0043/AcctGatherEnergy.ts';
import type { BfExitFields as _slurm_v0043_BfExitFields, BfExitFields__Output as _slurm_v0043_BfExitFields__Output } from './slurm/v0043/BfExitFields.ts';
import type { ControllerPing as _slurm_v0043_ControllerPing, ControllerPing__Output as _slurm_v0043_ControllerPing__Output } from './slurm/v0043/ControllerPing.ts';
import type { CronEntry as _slurm_v0043_CronEntry, CronEntry__Output as _slurm_v0043_CronEntry__Output } from './slurm/v0043/CronEntry.ts';
import type { DeleteJobReq as _slurm_v0043_DeleteJobReq, DeleteJobReq__Output as _slurm_v0043_DeleteJobReq__Output } from './slurm/v0043/DeleteJobReq.ts';
import type { Float64NoVal as _slurm_v0043_Float64NoVal, Float64NoVal__Output as _slurm_v0043_Float64NoVal__Output } from './slurm/v0043/Float64NoVal.ts';
import type { JobIdReq as _slurm_v0043_JobIdReq, JobIdReq__Output as _slurm_v0043_JobIdReq__Output } from './slurm/v0043/JobIdReq.ts';
import type { JobInfo as _slurm_v0043_JobInfo, JobInfo__Output as _slurm_v0043_JobInfo__Output } from './slurm/v0043/JobInfo.ts';
import type { JobRes as _slurm_v0043_JobRes, JobRes__Output as _slurm_v0043_JobRes__Output } from './slurm/v0043/JobRes.ts';
import type { JobResCore as _slurm_v0043_JobResCore, JobResCore__Output as _slurm_v0043_JobResCore__Output } from './slurm/v0043/JobResCore.ts';
import type { JobResNode as _slurm_v0043_JobResNode, JobResNode__Output as _slurm_v0043_JobResNode__Output } from './slurm/v0043/JobResNode.ts';
import type { JobResSocket as _slurm_v0043_JobResSocket, JobResSocket__Output as _slurm_v0043_JobResSocket__Output } from './slurm/v0043/JobResSocket.ts';
import type { JobSubmitReq as _slurm_v0043_JobSubmitReq, JobSubmitReq__Output as _slurm_v0043_JobSubmitReq__Output } from './slurm/v0043/JobSubmitReq.ts';
import type { KillJobsRespJob as _slurm_v0043_KillJobsRespJob, KillJobsRespJob__Output as _slurm_v0043_KillJobsRespJob__Output } from './slurm/v0043/KillJobsRespJob.ts';
import type { Node as _slurm_v0043_Node, Node__Output as _slurm_v0043_Node__Output } from './slurm/v0043/Node.ts';
import type { OpenapiDiagResp as _slurm_v0043_OpenapiDiagResp, OpenapiDiagResp__Output as _slurm_v0043_OpenapiDiagResp__Output } from './slurm/v0043/OpenapiDiagResp.ts';
import type { OpenapiError as _slurm_v0043_OpenapiError, OpenapiError__Output as _slurm_v0043_OpenapiError__Output } from './slurm/v0043/OpenapiError.ts';
import type { OpenapiJobInfoResp as _slurm_v0043_OpenapiJobInfoResp, OpenapiJobInfoResp__Output as _slurm_v0043_OpenapiJobInfoResp__Output } from './slurm/v0043/OpenapiJobInfoResp.ts';
import type { OpenapiJobSubmitResponse as _slurm_v0043_OpenapiJobSubmitResponse, OpenapiJobSubmitResponse__Output as _slurm_v0043_OpenapiJobSubmitResponse__Output } from './slurm/v0043/OpenapiJobSubmitResponse.ts';
import type { OpenapiKillJobResp as _slurm_v0043_OpenapiKillJobResp, OpenapiKillJobResp__Output as _slurm_v0043_OpenapiKillJobResp__Output } from './slurm/v0043/OpenapiKillJobResp.ts';
import type { OpenapiMeta as _slurm_v0043_OpenapiMeta, OpenapiMeta__Output as _slurm_v0043_OpenapiMeta__Output } from './slurm/v0043/OpenapiMeta.ts';
import type { OpenapiNodesResp as _slurm_v0043_OpenapiNodesResp, OpenapiNodesResp__Output as _slurm_v0043_OpenapiNodesResp__Output } from './slurm/v0043/OpenapiNodesResp.ts';
import type { OpenapiPartitionResp as _slurm_v0043_OpenapiPartitionResp, OpenapiPartitionResp__Output as _slurm_v0043_OpenapiPartitionResp__Output } from './slurm/v0043/OpenapiPartitionResp.ts';
import type { OpenapiPingArrayResp as _slurm_v0043_OpenapiPingArrayResp, OpenapiPingArrayResp__Output as _slurm_v0043_OpenapiPingArrayResp__Output } from './slurm/v0043/OpenapiPingArrayResp.ts';
import type { OpenapiReservationResp as _slurm_v0043_OpenapiReservationResp, OpenapiReservationResp__Output as _slurm_v0043_OpenapiReservationResp__Output } from './slurm/v0043/OpenapiReservationResp.ts';
import type { OpenapiWarning as _slurm_v0043_OpenapiWarning, OpenapiWarning__Output as _slurm_v0043_OpenapiWarning__Output } from './slurm/v0043/OpenapiWarning.ts';
import type { PartPrio as _slurm_v0043_PartPrio, PartPrio__Output as _slurm_v0043_PartPrio__Output } from './slurm/v0043/PartPrio.ts';
import type { PartitionInfo as _slurm_v0043_PartitionInfo, PartitionInfo__Output as _slurm_v0043_PartitionInfo__Output } from './slurm/v0043/PartitionInfo.ts';
import type { ProcessExitCodeVerbose as _slurm_v0043_ProcessExitCodeVerbose, ProcessExitCodeVerbose__Output as _slurm_v0043_ProcessExitCodeVerbose__Output } from './slurm/v0043/ProcessExitCodeVerbose.ts';
import type { ReservationCoreSpec as _slurm_v0043_ReservationCoreSpec, ReservationCoreSpec__Output as _slurm_v0043_ReservationCoreSpec__Output } from './slurm/v0043/ReservationCoreSpec.ts';
import type { ReservationInfo as _slurm_v0043_ReservationInfo, ReservationInfo__Output as _slurm_v0043_ReservationInfo__Output } from './slurm/v0043/ReservationInfo.ts';
import type { ScheduleExitFields as _slurm_v0043_ScheduleExitFields, ScheduleExitFields__Output as _slurm_v0043_ScheduleExitFields__Output } from './slurm/v0043/ScheduleExitFields.ts';
import type { SlurmIndirectClient as _slurm_v0043_SlurmIndirectClient, SlurmIndirectDefinition as _slurm_v0043_SlurmIndirectDefinition } from './slurm/v0043/SlurmIndirect.ts';
import type { StatsMsg as _slurm_v0043_StatsMsg, StatsMsg__Output as _slurm_v0043_StatsMsg__Output } from './slurm/v0043/StatsMsg.ts';
import type { StatsMsgRpcDump as _slurm_v0043_StatsMsgRpcDump, StatsMsgRpcDump__Output as _slurm_v0043_StatsMsgRpcDump__Output } from './slurm/v0043/StatsMsgRpcDump.ts';
import type { StatsMsgRpcQueue as _slurm_v0043_StatsMsgRpcQueue, StatsMsgRpcQueue__Output as _slurm_v0043_StatsMsgRpcQueue__Output } from './slurm/v0043/StatsMsgRpcQueue.ts';
import type { StatsMsgRpcType as _slurm_v0043_StatsMsgRpcType, StatsMsgRpcType__Output as _slurm_v0043_StatsMsgRpcType__Output } from './slurm/v0043/StatsMsgRpcType.ts';
import type { StatsMsgRpcUser as _slurm_v0043_StatsMsgRpcUser, StatsMsgRpcUser__Output as _slurm_v0043_StatsMsgRpcUser__Output } from './slurm/v0043/StatsMsgRpcUser.ts';
import type { Uint16NoVal as _slurm_v0043_Uint16NoVal, Uint16NoVal__Output as _slurm_v0043_Uint16NoVal__Output } from './slurm/v0043/Uint16NoVal.ts';
import type { Uint32NoVal as _slurm_v0043_Uint32NoVal, Uint32NoVal__Output as _slurm_v0043_Uint32NoVal__Output } from './slurm/v0043/Uint32NoVal.ts';
import type { Uint64NoVal as _slurm_v0043_Uint64NoVal, Uint64NoVal__Output as _slurm_v0043_Uint64NoVal__Output } from './slurm/v0043/Uint64NoVal.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      Empty: MessageTypeDefinition<_google_protobuf_Empty, _google_protobuf_Empty__Output>
    }
  }
  slurm: {
    v0043: {
      AcctGatherEnergy: MessageTypeDefinition<_slurm_v0043_AcctGatherEnergy, _slurm_v0043_AcctGatherEnergy__Output>
      BfExitFields: MessageTypeDefinition<_slurm_v0043_BfExitFields, _slurm_v0043_BfExitFields__Output>
      ControllerPing: MessageTypeDefinition<_slurm_v0043_ControllerPing, _slurm_v0043_ControllerPing__Output>
      CronEntry: MessageTypeDefinition<_slurm_v0043_CronEntry, _slurm_v0043_CronEntry__Output>
      DeleteJobReq: MessageTypeDefinition<_slurm_v0043_DeleteJobReq, _slurm_v0043_DeleteJobReq__Output>
      Float64NoVal: MessageTypeDefinition<_slurm_v0043_Float64NoVal, _slurm_v0043_Float64NoVal__Output>
      JobIdReq: MessageTypeDefinition<_slurm_v0043_JobIdReq, _slurm_v0043_JobIdReq__Output>
      JobInfo: MessageTypeDefinition<_slurm_v0043_JobInfo, _slurm_v0043_JobInfo__Output>
      JobRes: MessageTypeDefinition<_slurm_v0043_JobRes, _slurm_v0043_JobRes__Output>
      JobResCore: MessageTypeDefinition<_slurm_v0043_JobResCore, _slurm_v0043_JobResCore__Output>
      JobResNode: MessageTypeDefinition<_slurm_v0043_JobResNode, _slurm_v0043_JobResNode__Output>
      JobResSocket: MessageTypeDefinition<_slurm_v0043_JobResSocket, _slurm_v0043_JobResSocket__Output>
      JobSubmitReq: MessageTypeDefinition<_slurm_v0043_JobSubmitReq, _slurm_v0043_JobSubmitReq__Output>
      KillJobsRespJob: MessageTypeDefinition<_slurm_v0043_KillJobsRespJob, _slurm_v0043_KillJobsRespJob__Output>
      Node: MessageTypeDefinition<_slurm_v0043_Node, _slurm_v0043_Node__Output>
      OpenapiDiagResp: MessageTypeDefinition<_slurm_v0043_OpenapiDiagResp, _slurm_v0043_OpenapiDiagResp__Output>
      OpenapiError: MessageTypeDefinition<_slurm_v0043_OpenapiError, _slurm_v0043_OpenapiError__Output>
      OpenapiJobInfoResp: MessageTypeDefinition<_slurm_v0043_OpenapiJobInfoResp, _slurm_v0043_OpenapiJobInfoResp__Output>
      OpenapiJobSubmitResponse: MessageTypeDefinition<_slurm_v0043_OpenapiJobSubmitResponse, _slurm_v0043_OpenapiJobSubmitResponse__Output>
      OpenapiKillJobResp: MessageTypeDefinition<_slurm_v0043_OpenapiKillJobResp, _slurm_v0043_OpenapiKillJobResp__Output>
      OpenapiMeta: MessageTypeDefinition<_slurm_v0043_OpenapiMeta, _slurm_v0043_OpenapiMeta__Output>
      OpenapiNodesResp: MessageTypeDefinition<_slurm_v0043_OpenapiNodesResp, _slurm_v0043_OpenapiNodesResp__Output>
      OpenapiPartitionResp: MessageTypeDefinition<_slurm_v0043_OpenapiPartitionResp, _slurm_v0043_OpenapiPartitionResp__Output>
      OpenapiPingArrayResp: MessageTypeDefinition<_slurm_v0043_OpenapiPingArrayResp, _slurm_v0043_OpenapiPingArrayResp__Output>
      OpenapiReservationResp: MessageTypeDefinition<_slurm_v0043_OpenapiReservationResp, _slurm_v0043_OpenapiReservationResp__Output>
      OpenapiWarning: MessageTypeDefinition<_slurm_v0043_OpenapiWarning, _slurm_v0043_OpenapiWarning__Output>
      PartPrio: MessageTypeDefinition<_slurm_v0043_PartPrio, _slurm_v0043_PartPrio__Output>
      PartitionInfo: MessageTypeDefinition<_slurm_v0043_PartitionInfo, _slurm_v0043_PartitionInfo__Output>
      ProcessExitCodeVerbose: MessageTypeDefinition<_slurm_v0043_ProcessExitCodeVerbose, _slurm_v0043_ProcessExitCodeVerbose__Output>
      ReservationCoreSpec: MessageTypeDefinition<_slurm_v0043_ReservationCoreSpec, _slurm_v0043_ReservationCoreSpec__Output>
      ReservationInfo: MessageTypeDefinition<_slurm_v0043_ReservationInfo, _slurm_v0043_ReservationInfo__Output>
      ScheduleExitFields: MessageTypeDefinition<_slurm_v0043_ScheduleExitFields, _slurm_v0043_ScheduleExitFields__Output>
      SlurmIndirect: SubtypeConstructor<typeof grpc.Client, _slurm_v0043_SlurmIndirectClient> & { service: _slurm_v0043_SlurmIndirectDefinition }
      StatsMsg: MessageTypeDefinition<_slurm_v0043_StatsMsg, _slurm_v0043_StatsMsg__Output>
      StatsMsgRpcDump: MessageTypeDefinition<_slurm_v0043_StatsMsgRpcDump, _slurm_v0043_StatsMsgRpcDump__Output>
      StatsMsgRpcQueue: MessageTypeDefinition<_slurm_v0043_StatsMsgRpcQueue, _slurm_v0043_StatsMsgRpcQueue__Output>
      StatsMsgRpcType: MessageTypeDefinition<_slurm_v0043_StatsMsgRpcType, _slurm_v0043_StatsMsgRpcType__Output>
      StatsMsgRpcUser: MessageTypeDefinition<_slurm_v0043_StatsMsgRpcUser, _slurm_v0043_StatsMsgRpcUser__Output>
      Uint16NoVal: MessageTypeDefinition<_slurm_v0043_Uint16NoVal, _slurm_v0043_Uint16NoVal__Output>
      Uint32NoVal: MessageTypeDefinition<_slurm_v0043_Uint32NoVal, _slurm_v0043_Uint32NoVal__Output>
      Uint64NoVal: MessageTypeDefinition<_slurm_v0043_Uint64NoVal, _slurm_v0043_Uint64NoVal__Output>
    }
  }
}


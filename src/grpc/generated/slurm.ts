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
import type { AcctGatherEnergy as _slurm_v0044_AcctGatherEnergy, AcctGatherEnergy__Output as _slurm_v0044_AcctGatherEnergy__Output } from './slurm/v0044/AcctGatherEnergy.ts';
import type { BfExitFields as _slurm_v0044_BfExitFields, BfExitFields__Output as _slurm_v0044_BfExitFields__Output } from './slurm/v0044/BfExitFields.ts';
import type { ControllerPing as _slurm_v0044_ControllerPing, ControllerPing__Output as _slurm_v0044_ControllerPing__Output } from './slurm/v0044/ControllerPing.ts';
import type { CronEntry as _slurm_v0044_CronEntry, CronEntry__Output as _slurm_v0044_CronEntry__Output } from './slurm/v0044/CronEntry.ts';
import type { DeleteJobReq as _slurm_v0044_DeleteJobReq, DeleteJobReq__Output as _slurm_v0044_DeleteJobReq__Output } from './slurm/v0044/DeleteJobReq.ts';
import type { Float64NoVal as _slurm_v0044_Float64NoVal, Float64NoVal__Output as _slurm_v0044_Float64NoVal__Output } from './slurm/v0044/Float64NoVal.ts';
import type { JobIdReq as _slurm_v0044_JobIdReq, JobIdReq__Output as _slurm_v0044_JobIdReq__Output } from './slurm/v0044/JobIdReq.ts';
import type { JobInfo as _slurm_v0044_JobInfo, JobInfo__Output as _slurm_v0044_JobInfo__Output } from './slurm/v0044/JobInfo.ts';
import type { JobRes as _slurm_v0044_JobRes, JobRes__Output as _slurm_v0044_JobRes__Output } from './slurm/v0044/JobRes.ts';
import type { JobResCore as _slurm_v0044_JobResCore, JobResCore__Output as _slurm_v0044_JobResCore__Output } from './slurm/v0044/JobResCore.ts';
import type { JobResNode as _slurm_v0044_JobResNode, JobResNode__Output as _slurm_v0044_JobResNode__Output } from './slurm/v0044/JobResNode.ts';
import type { JobResSocket as _slurm_v0044_JobResSocket, JobResSocket__Output as _slurm_v0044_JobResSocket__Output } from './slurm/v0044/JobResSocket.ts';
import type { JobSubmitReq as _slurm_v0044_JobSubmitReq, JobSubmitReq__Output as _slurm_v0044_JobSubmitReq__Output } from './slurm/v0044/JobSubmitReq.ts';
import type { KillJobsRespJob as _slurm_v0044_KillJobsRespJob, KillJobsRespJob__Output as _slurm_v0044_KillJobsRespJob__Output } from './slurm/v0044/KillJobsRespJob.ts';
import type { Node as _slurm_v0044_Node, Node__Output as _slurm_v0044_Node__Output } from './slurm/v0044/Node.ts';
import type { OpenapiDiagResp as _slurm_v0044_OpenapiDiagResp, OpenapiDiagResp__Output as _slurm_v0044_OpenapiDiagResp__Output } from './slurm/v0044/OpenapiDiagResp.ts';
import type { OpenapiError as _slurm_v0044_OpenapiError, OpenapiError__Output as _slurm_v0044_OpenapiError__Output } from './slurm/v0044/OpenapiError.ts';
import type { OpenapiJobInfoResp as _slurm_v0044_OpenapiJobInfoResp, OpenapiJobInfoResp__Output as _slurm_v0044_OpenapiJobInfoResp__Output } from './slurm/v0044/OpenapiJobInfoResp.ts';
import type { OpenapiJobSubmitResponse as _slurm_v0044_OpenapiJobSubmitResponse, OpenapiJobSubmitResponse__Output as _slurm_v0044_OpenapiJobSubmitResponse__Output } from './slurm/v0044/OpenapiJobSubmitResponse.ts';
import type { OpenapiKillJobResp as _slurm_v0044_OpenapiKillJobResp, OpenapiKillJobResp__Output as _slurm_v0044_OpenapiKillJobResp__Output } from './slurm/v0044/OpenapiKillJobResp.ts';
import type { OpenapiMeta as _slurm_v0044_OpenapiMeta, OpenapiMeta__Output as _slurm_v0044_OpenapiMeta__Output } from './slurm/v0044/OpenapiMeta.ts';
import type { OpenapiNodesResp as _slurm_v0044_OpenapiNodesResp, OpenapiNodesResp__Output as _slurm_v0044_OpenapiNodesResp__Output } from './slurm/v0044/OpenapiNodesResp.ts';
import type { OpenapiPartitionResp as _slurm_v0044_OpenapiPartitionResp, OpenapiPartitionResp__Output as _slurm_v0044_OpenapiPartitionResp__Output } from './slurm/v0044/OpenapiPartitionResp.ts';
import type { OpenapiPingArrayResp as _slurm_v0044_OpenapiPingArrayResp, OpenapiPingArrayResp__Output as _slurm_v0044_OpenapiPingArrayResp__Output } from './slurm/v0044/OpenapiPingArrayResp.ts';
import type { OpenapiReservationResp as _slurm_v0044_OpenapiReservationResp, OpenapiReservationResp__Output as _slurm_v0044_OpenapiReservationResp__Output } from './slurm/v0044/OpenapiReservationResp.ts';
import type { OpenapiWarning as _slurm_v0044_OpenapiWarning, OpenapiWarning__Output as _slurm_v0044_OpenapiWarning__Output } from './slurm/v0044/OpenapiWarning.ts';
import type { PartPrio as _slurm_v0044_PartPrio, PartPrio__Output as _slurm_v0044_PartPrio__Output } from './slurm/v0044/PartPrio.ts';
import type { PartitionInfo as _slurm_v0044_PartitionInfo, PartitionInfo__Output as _slurm_v0044_PartitionInfo__Output } from './slurm/v0044/PartitionInfo.ts';
import type { ProcessExitCodeVerbose as _slurm_v0044_ProcessExitCodeVerbose, ProcessExitCodeVerbose__Output as _slurm_v0044_ProcessExitCodeVerbose__Output } from './slurm/v0044/ProcessExitCodeVerbose.ts';
import type { ReservationCoreSpec as _slurm_v0044_ReservationCoreSpec, ReservationCoreSpec__Output as _slurm_v0044_ReservationCoreSpec__Output } from './slurm/v0044/ReservationCoreSpec.ts';
import type { ReservationInfo as _slurm_v0044_ReservationInfo, ReservationInfo__Output as _slurm_v0044_ReservationInfo__Output } from './slurm/v0044/ReservationInfo.ts';
import type { ScheduleExitFields as _slurm_v0044_ScheduleExitFields, ScheduleExitFields__Output as _slurm_v0044_ScheduleExitFields__Output } from './slurm/v0044/ScheduleExitFields.ts';
import type { SlurmIndirectClient as _slurm_v0044_SlurmIndirectClient, SlurmIndirectDefinition as _slurm_v0044_SlurmIndirectDefinition } from './slurm/v0044/SlurmIndirect.ts';
import type { SlurmStepId as _slurm_v0044_SlurmStepId, SlurmStepId__Output as _slurm_v0044_SlurmStepId__Output } from './slurm/v0044/SlurmStepId.ts';
import type { StatsMsg as _slurm_v0044_StatsMsg, StatsMsg__Output as _slurm_v0044_StatsMsg__Output } from './slurm/v0044/StatsMsg.ts';
import type { StatsMsgRpcDump as _slurm_v0044_StatsMsgRpcDump, StatsMsgRpcDump__Output as _slurm_v0044_StatsMsgRpcDump__Output } from './slurm/v0044/StatsMsgRpcDump.ts';
import type { StatsMsgRpcQueue as _slurm_v0044_StatsMsgRpcQueue, StatsMsgRpcQueue__Output as _slurm_v0044_StatsMsgRpcQueue__Output } from './slurm/v0044/StatsMsgRpcQueue.ts';
import type { StatsMsgRpcType as _slurm_v0044_StatsMsgRpcType, StatsMsgRpcType__Output as _slurm_v0044_StatsMsgRpcType__Output } from './slurm/v0044/StatsMsgRpcType.ts';
import type { StatsMsgRpcUser as _slurm_v0044_StatsMsgRpcUser, StatsMsgRpcUser__Output as _slurm_v0044_StatsMsgRpcUser__Output } from './slurm/v0044/StatsMsgRpcUser.ts';
import type { Uint16NoVal as _slurm_v0044_Uint16NoVal, Uint16NoVal__Output as _slurm_v0044_Uint16NoVal__Output } from './slurm/v0044/Uint16NoVal.ts';
import type { Uint32NoVal as _slurm_v0044_Uint32NoVal, Uint32NoVal__Output as _slurm_v0044_Uint32NoVal__Output } from './slurm/v0044/Uint32NoVal.ts';
import type { Uint64NoVal as _slurm_v0044_Uint64NoVal, Uint64NoVal__Output as _slurm_v0044_Uint64NoVal__Output } from './slurm/v0044/Uint64NoVal.ts';
import type { AcctGatherEnergy as _slurm_v0045_AcctGatherEnergy, AcctGatherEnergy__Output as _slurm_v0045_AcctGatherEnergy__Output } from './slurm/v0045/AcctGatherEnergy.ts';
import type { BfExitFields as _slurm_v0045_BfExitFields, BfExitFields__Output as _slurm_v0045_BfExitFields__Output } from './slurm/v0045/BfExitFields.ts';
import type { ControllerPing as _slurm_v0045_ControllerPing, ControllerPing__Output as _slurm_v0045_ControllerPing__Output } from './slurm/v0045/ControllerPing.ts';
import type { CronEntry as _slurm_v0045_CronEntry, CronEntry__Output as _slurm_v0045_CronEntry__Output } from './slurm/v0045/CronEntry.ts';
import type { DeleteJobReq as _slurm_v0045_DeleteJobReq, DeleteJobReq__Output as _slurm_v0045_DeleteJobReq__Output } from './slurm/v0045/DeleteJobReq.ts';
import type { Float64NoVal as _slurm_v0045_Float64NoVal, Float64NoVal__Output as _slurm_v0045_Float64NoVal__Output } from './slurm/v0045/Float64NoVal.ts';
import type { JobIdReq as _slurm_v0045_JobIdReq, JobIdReq__Output as _slurm_v0045_JobIdReq__Output } from './slurm/v0045/JobIdReq.ts';
import type { JobInfo as _slurm_v0045_JobInfo, JobInfo__Output as _slurm_v0045_JobInfo__Output } from './slurm/v0045/JobInfo.ts';
import type { JobRes as _slurm_v0045_JobRes, JobRes__Output as _slurm_v0045_JobRes__Output } from './slurm/v0045/JobRes.ts';
import type { JobResCore as _slurm_v0045_JobResCore, JobResCore__Output as _slurm_v0045_JobResCore__Output } from './slurm/v0045/JobResCore.ts';
import type { JobResNode as _slurm_v0045_JobResNode, JobResNode__Output as _slurm_v0045_JobResNode__Output } from './slurm/v0045/JobResNode.ts';
import type { JobResSocket as _slurm_v0045_JobResSocket, JobResSocket__Output as _slurm_v0045_JobResSocket__Output } from './slurm/v0045/JobResSocket.ts';
import type { JobSubmitReq as _slurm_v0045_JobSubmitReq, JobSubmitReq__Output as _slurm_v0045_JobSubmitReq__Output } from './slurm/v0045/JobSubmitReq.ts';
import type { KillJobsRespJob as _slurm_v0045_KillJobsRespJob, KillJobsRespJob__Output as _slurm_v0045_KillJobsRespJob__Output } from './slurm/v0045/KillJobsRespJob.ts';
import type { Node as _slurm_v0045_Node, Node__Output as _slurm_v0045_Node__Output } from './slurm/v0045/Node.ts';
import type { OpenapiDiagResp as _slurm_v0045_OpenapiDiagResp, OpenapiDiagResp__Output as _slurm_v0045_OpenapiDiagResp__Output } from './slurm/v0045/OpenapiDiagResp.ts';
import type { OpenapiError as _slurm_v0045_OpenapiError, OpenapiError__Output as _slurm_v0045_OpenapiError__Output } from './slurm/v0045/OpenapiError.ts';
import type { OpenapiJobInfoResp as _slurm_v0045_OpenapiJobInfoResp, OpenapiJobInfoResp__Output as _slurm_v0045_OpenapiJobInfoResp__Output } from './slurm/v0045/OpenapiJobInfoResp.ts';
import type { OpenapiJobSubmitResponse as _slurm_v0045_OpenapiJobSubmitResponse, OpenapiJobSubmitResponse__Output as _slurm_v0045_OpenapiJobSubmitResponse__Output } from './slurm/v0045/OpenapiJobSubmitResponse.ts';
import type { OpenapiKillJobResp as _slurm_v0045_OpenapiKillJobResp, OpenapiKillJobResp__Output as _slurm_v0045_OpenapiKillJobResp__Output } from './slurm/v0045/OpenapiKillJobResp.ts';
import type { OpenapiMeta as _slurm_v0045_OpenapiMeta, OpenapiMeta__Output as _slurm_v0045_OpenapiMeta__Output } from './slurm/v0045/OpenapiMeta.ts';
import type { OpenapiNodesResp as _slurm_v0045_OpenapiNodesResp, OpenapiNodesResp__Output as _slurm_v0045_OpenapiNodesResp__Output } from './slurm/v0045/OpenapiNodesResp.ts';
import type { OpenapiPartitionResp as _slurm_v0045_OpenapiPartitionResp, OpenapiPartitionResp__Output as _slurm_v0045_OpenapiPartitionResp__Output } from './slurm/v0045/OpenapiPartitionResp.ts';
import type { OpenapiPingArrayResp as _slurm_v0045_OpenapiPingArrayResp, OpenapiPingArrayResp__Output as _slurm_v0045_OpenapiPingArrayResp__Output } from './slurm/v0045/OpenapiPingArrayResp.ts';
import type { OpenapiReservationResp as _slurm_v0045_OpenapiReservationResp, OpenapiReservationResp__Output as _slurm_v0045_OpenapiReservationResp__Output } from './slurm/v0045/OpenapiReservationResp.ts';
import type { OpenapiWarning as _slurm_v0045_OpenapiWarning, OpenapiWarning__Output as _slurm_v0045_OpenapiWarning__Output } from './slurm/v0045/OpenapiWarning.ts';
import type { PartPrio as _slurm_v0045_PartPrio, PartPrio__Output as _slurm_v0045_PartPrio__Output } from './slurm/v0045/PartPrio.ts';
import type { PartitionInfo as _slurm_v0045_PartitionInfo, PartitionInfo__Output as _slurm_v0045_PartitionInfo__Output } from './slurm/v0045/PartitionInfo.ts';
import type { ProcessExitCodeVerbose as _slurm_v0045_ProcessExitCodeVerbose, ProcessExitCodeVerbose__Output as _slurm_v0045_ProcessExitCodeVerbose__Output } from './slurm/v0045/ProcessExitCodeVerbose.ts';
import type { ReservationCoreSpec as _slurm_v0045_ReservationCoreSpec, ReservationCoreSpec__Output as _slurm_v0045_ReservationCoreSpec__Output } from './slurm/v0045/ReservationCoreSpec.ts';
import type { ReservationInfo as _slurm_v0045_ReservationInfo, ReservationInfo__Output as _slurm_v0045_ReservationInfo__Output } from './slurm/v0045/ReservationInfo.ts';
import type { ScheduleExitFields as _slurm_v0045_ScheduleExitFields, ScheduleExitFields__Output as _slurm_v0045_ScheduleExitFields__Output } from './slurm/v0045/ScheduleExitFields.ts';
import type { SlurmIndirectClient as _slurm_v0045_SlurmIndirectClient, SlurmIndirectDefinition as _slurm_v0045_SlurmIndirectDefinition } from './slurm/v0045/SlurmIndirect.ts';
import type { SlurmStepId as _slurm_v0045_SlurmStepId, SlurmStepId__Output as _slurm_v0045_SlurmStepId__Output } from './slurm/v0045/SlurmStepId.ts';
import type { StatsMsg as _slurm_v0045_StatsMsg, StatsMsg__Output as _slurm_v0045_StatsMsg__Output } from './slurm/v0045/StatsMsg.ts';
import type { StatsMsgRpcDump as _slurm_v0045_StatsMsgRpcDump, StatsMsgRpcDump__Output as _slurm_v0045_StatsMsgRpcDump__Output } from './slurm/v0045/StatsMsgRpcDump.ts';
import type { StatsMsgRpcQueue as _slurm_v0045_StatsMsgRpcQueue, StatsMsgRpcQueue__Output as _slurm_v0045_StatsMsgRpcQueue__Output } from './slurm/v0045/StatsMsgRpcQueue.ts';
import type { StatsMsgRpcType as _slurm_v0045_StatsMsgRpcType, StatsMsgRpcType__Output as _slurm_v0045_StatsMsgRpcType__Output } from './slurm/v0045/StatsMsgRpcType.ts';
import type { StatsMsgRpcUser as _slurm_v0045_StatsMsgRpcUser, StatsMsgRpcUser__Output as _slurm_v0045_StatsMsgRpcUser__Output } from './slurm/v0045/StatsMsgRpcUser.ts';
import type { Uint16NoVal as _slurm_v0045_Uint16NoVal, Uint16NoVal__Output as _slurm_v0045_Uint16NoVal__Output } from './slurm/v0045/Uint16NoVal.ts';
import type { Uint32NoVal as _slurm_v0045_Uint32NoVal, Uint32NoVal__Output as _slurm_v0045_Uint32NoVal__Output } from './slurm/v0045/Uint32NoVal.ts';
import type { Uint64NoVal as _slurm_v0045_Uint64NoVal, Uint64NoVal__Output as _slurm_v0045_Uint64NoVal__Output } from './slurm/v0045/Uint64NoVal.ts';

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
    v0044: {
      AcctGatherEnergy: MessageTypeDefinition<_slurm_v0044_AcctGatherEnergy, _slurm_v0044_AcctGatherEnergy__Output>
      BfExitFields: MessageTypeDefinition<_slurm_v0044_BfExitFields, _slurm_v0044_BfExitFields__Output>
      ControllerPing: MessageTypeDefinition<_slurm_v0044_ControllerPing, _slurm_v0044_ControllerPing__Output>
      CronEntry: MessageTypeDefinition<_slurm_v0044_CronEntry, _slurm_v0044_CronEntry__Output>
      DeleteJobReq: MessageTypeDefinition<_slurm_v0044_DeleteJobReq, _slurm_v0044_DeleteJobReq__Output>
      Float64NoVal: MessageTypeDefinition<_slurm_v0044_Float64NoVal, _slurm_v0044_Float64NoVal__Output>
      JobIdReq: MessageTypeDefinition<_slurm_v0044_JobIdReq, _slurm_v0044_JobIdReq__Output>
      JobInfo: MessageTypeDefinition<_slurm_v0044_JobInfo, _slurm_v0044_JobInfo__Output>
      JobRes: MessageTypeDefinition<_slurm_v0044_JobRes, _slurm_v0044_JobRes__Output>
      JobResCore: MessageTypeDefinition<_slurm_v0044_JobResCore, _slurm_v0044_JobResCore__Output>
      JobResNode: MessageTypeDefinition<_slurm_v0044_JobResNode, _slurm_v0044_JobResNode__Output>
      JobResSocket: MessageTypeDefinition<_slurm_v0044_JobResSocket, _slurm_v0044_JobResSocket__Output>
      JobSubmitReq: MessageTypeDefinition<_slurm_v0044_JobSubmitReq, _slurm_v0044_JobSubmitReq__Output>
      KillJobsRespJob: MessageTypeDefinition<_slurm_v0044_KillJobsRespJob, _slurm_v0044_KillJobsRespJob__Output>
      Node: MessageTypeDefinition<_slurm_v0044_Node, _slurm_v0044_Node__Output>
      OpenapiDiagResp: MessageTypeDefinition<_slurm_v0044_OpenapiDiagResp, _slurm_v0044_OpenapiDiagResp__Output>
      OpenapiError: MessageTypeDefinition<_slurm_v0044_OpenapiError, _slurm_v0044_OpenapiError__Output>
      OpenapiJobInfoResp: MessageTypeDefinition<_slurm_v0044_OpenapiJobInfoResp, _slurm_v0044_OpenapiJobInfoResp__Output>
      OpenapiJobSubmitResponse: MessageTypeDefinition<_slurm_v0044_OpenapiJobSubmitResponse, _slurm_v0044_OpenapiJobSubmitResponse__Output>
      OpenapiKillJobResp: MessageTypeDefinition<_slurm_v0044_OpenapiKillJobResp, _slurm_v0044_OpenapiKillJobResp__Output>
      OpenapiMeta: MessageTypeDefinition<_slurm_v0044_OpenapiMeta, _slurm_v0044_OpenapiMeta__Output>
      OpenapiNodesResp: MessageTypeDefinition<_slurm_v0044_OpenapiNodesResp, _slurm_v0044_OpenapiNodesResp__Output>
      OpenapiPartitionResp: MessageTypeDefinition<_slurm_v0044_OpenapiPartitionResp, _slurm_v0044_OpenapiPartitionResp__Output>
      OpenapiPingArrayResp: MessageTypeDefinition<_slurm_v0044_OpenapiPingArrayResp, _slurm_v0044_OpenapiPingArrayResp__Output>
      OpenapiReservationResp: MessageTypeDefinition<_slurm_v0044_OpenapiReservationResp, _slurm_v0044_OpenapiReservationResp__Output>
      OpenapiWarning: MessageTypeDefinition<_slurm_v0044_OpenapiWarning, _slurm_v0044_OpenapiWarning__Output>
      PartPrio: MessageTypeDefinition<_slurm_v0044_PartPrio, _slurm_v0044_PartPrio__Output>
      PartitionInfo: MessageTypeDefinition<_slurm_v0044_PartitionInfo, _slurm_v0044_PartitionInfo__Output>
      ProcessExitCodeVerbose: MessageTypeDefinition<_slurm_v0044_ProcessExitCodeVerbose, _slurm_v0044_ProcessExitCodeVerbose__Output>
      ReservationCoreSpec: MessageTypeDefinition<_slurm_v0044_ReservationCoreSpec, _slurm_v0044_ReservationCoreSpec__Output>
      ReservationInfo: MessageTypeDefinition<_slurm_v0044_ReservationInfo, _slurm_v0044_ReservationInfo__Output>
      ScheduleExitFields: MessageTypeDefinition<_slurm_v0044_ScheduleExitFields, _slurm_v0044_ScheduleExitFields__Output>
      SlurmIndirect: SubtypeConstructor<typeof grpc.Client, _slurm_v0044_SlurmIndirectClient> & { service: _slurm_v0044_SlurmIndirectDefinition }
      SlurmStepId: MessageTypeDefinition<_slurm_v0044_SlurmStepId, _slurm_v0044_SlurmStepId__Output>
      StatsMsg: MessageTypeDefinition<_slurm_v0044_StatsMsg, _slurm_v0044_StatsMsg__Output>
      StatsMsgRpcDump: MessageTypeDefinition<_slurm_v0044_StatsMsgRpcDump, _slurm_v0044_StatsMsgRpcDump__Output>
      StatsMsgRpcQueue: MessageTypeDefinition<_slurm_v0044_StatsMsgRpcQueue, _slurm_v0044_StatsMsgRpcQueue__Output>
      StatsMsgRpcType: MessageTypeDefinition<_slurm_v0044_StatsMsgRpcType, _slurm_v0044_StatsMsgRpcType__Output>
      StatsMsgRpcUser: MessageTypeDefinition<_slurm_v0044_StatsMsgRpcUser, _slurm_v0044_StatsMsgRpcUser__Output>
      Uint16NoVal: MessageTypeDefinition<_slurm_v0044_Uint16NoVal, _slurm_v0044_Uint16NoVal__Output>
      Uint32NoVal: MessageTypeDefinition<_slurm_v0044_Uint32NoVal, _slurm_v0044_Uint32NoVal__Output>
      Uint64NoVal: MessageTypeDefinition<_slurm_v0044_Uint64NoVal, _slurm_v0044_Uint64NoVal__Output>
    }
    v0045: {
      AcctGatherEnergy: MessageTypeDefinition<_slurm_v0045_AcctGatherEnergy, _slurm_v0045_AcctGatherEnergy__Output>
      BfExitFields: MessageTypeDefinition<_slurm_v0045_BfExitFields, _slurm_v0045_BfExitFields__Output>
      ControllerPing: MessageTypeDefinition<_slurm_v0045_ControllerPing, _slurm_v0045_ControllerPing__Output>
      CronEntry: MessageTypeDefinition<_slurm_v0045_CronEntry, _slurm_v0045_CronEntry__Output>
      DeleteJobReq: MessageTypeDefinition<_slurm_v0045_DeleteJobReq, _slurm_v0045_DeleteJobReq__Output>
      Float64NoVal: MessageTypeDefinition<_slurm_v0045_Float64NoVal, _slurm_v0045_Float64NoVal__Output>
      JobIdReq: MessageTypeDefinition<_slurm_v0045_JobIdReq, _slurm_v0045_JobIdReq__Output>
      JobInfo: MessageTypeDefinition<_slurm_v0045_JobInfo, _slurm_v0045_JobInfo__Output>
      JobRes: MessageTypeDefinition<_slurm_v0045_JobRes, _slurm_v0045_JobRes__Output>
      JobResCore: MessageTypeDefinition<_slurm_v0045_JobResCore, _slurm_v0045_JobResCore__Output>
      JobResNode: MessageTypeDefinition<_slurm_v0045_JobResNode, _slurm_v0045_JobResNode__Output>
      JobResSocket: MessageTypeDefinition<_slurm_v0045_JobResSocket, _slurm_v0045_JobResSocket__Output>
      JobSubmitReq: MessageTypeDefinition<_slurm_v0045_JobSubmitReq, _slurm_v0045_JobSubmitReq__Output>
      KillJobsRespJob: MessageTypeDefinition<_slurm_v0045_KillJobsRespJob, _slurm_v0045_KillJobsRespJob__Output>
      Node: MessageTypeDefinition<_slurm_v0045_Node, _slurm_v0045_Node__Output>
      OpenapiDiagResp: MessageTypeDefinition<_slurm_v0045_OpenapiDiagResp, _slurm_v0045_OpenapiDiagResp__Output>
      OpenapiError: MessageTypeDefinition<_slurm_v0045_OpenapiError, _slurm_v0045_OpenapiError__Output>
      OpenapiJobInfoResp: MessageTypeDefinition<_slurm_v0045_OpenapiJobInfoResp, _slurm_v0045_OpenapiJobInfoResp__Output>
      OpenapiJobSubmitResponse: MessageTypeDefinition<_slurm_v0045_OpenapiJobSubmitResponse, _slurm_v0045_OpenapiJobSubmitResponse__Output>
      OpenapiKillJobResp: MessageTypeDefinition<_slurm_v0045_OpenapiKillJobResp, _slurm_v0045_OpenapiKillJobResp__Output>
      OpenapiMeta: MessageTypeDefinition<_slurm_v0045_OpenapiMeta, _slurm_v0045_OpenapiMeta__Output>
      OpenapiNodesResp: MessageTypeDefinition<_slurm_v0045_OpenapiNodesResp, _slurm_v0045_OpenapiNodesResp__Output>
      OpenapiPartitionResp: MessageTypeDefinition<_slurm_v0045_OpenapiPartitionResp, _slurm_v0045_OpenapiPartitionResp__Output>
      OpenapiPingArrayResp: MessageTypeDefinition<_slurm_v0045_OpenapiPingArrayResp, _slurm_v0045_OpenapiPingArrayResp__Output>
      OpenapiReservationResp: MessageTypeDefinition<_slurm_v0045_OpenapiReservationResp, _slurm_v0045_OpenapiReservationResp__Output>
      OpenapiWarning: MessageTypeDefinition<_slurm_v0045_OpenapiWarning, _slurm_v0045_OpenapiWarning__Output>
      PartPrio: MessageTypeDefinition<_slurm_v0045_PartPrio, _slurm_v0045_PartPrio__Output>
      PartitionInfo: MessageTypeDefinition<_slurm_v0045_PartitionInfo, _slurm_v0045_PartitionInfo__Output>
      ProcessExitCodeVerbose: MessageTypeDefinition<_slurm_v0045_ProcessExitCodeVerbose, _slurm_v0045_ProcessExitCodeVerbose__Output>
      ReservationCoreSpec: MessageTypeDefinition<_slurm_v0045_ReservationCoreSpec, _slurm_v0045_ReservationCoreSpec__Output>
      ReservationInfo: MessageTypeDefinition<_slurm_v0045_ReservationInfo, _slurm_v0045_ReservationInfo__Output>
      ScheduleExitFields: MessageTypeDefinition<_slurm_v0045_ScheduleExitFields, _slurm_v0045_ScheduleExitFields__Output>
      SlurmIndirect: SubtypeConstructor<typeof grpc.Client, _slurm_v0045_SlurmIndirectClient> & { service: _slurm_v0045_SlurmIndirectDefinition }
      SlurmStepId: MessageTypeDefinition<_slurm_v0045_SlurmStepId, _slurm_v0045_SlurmStepId__Output>
      StatsMsg: MessageTypeDefinition<_slurm_v0045_StatsMsg, _slurm_v0045_StatsMsg__Output>
      StatsMsgRpcDump: MessageTypeDefinition<_slurm_v0045_StatsMsgRpcDump, _slurm_v0045_StatsMsgRpcDump__Output>
      StatsMsgRpcQueue: MessageTypeDefinition<_slurm_v0045_StatsMsgRpcQueue, _slurm_v0045_StatsMsgRpcQueue__Output>
      StatsMsgRpcType: MessageTypeDefinition<_slurm_v0045_StatsMsgRpcType, _slurm_v0045_StatsMsgRpcType__Output>
      StatsMsgRpcUser: MessageTypeDefinition<_slurm_v0045_StatsMsgRpcUser, _slurm_v0045_StatsMsgRpcUser__Output>
      Uint16NoVal: MessageTypeDefinition<_slurm_v0045_Uint16NoVal, _slurm_v0045_Uint16NoVal__Output>
      Uint32NoVal: MessageTypeDefinition<_slurm_v0045_Uint32NoVal, _slurm_v0045_Uint32NoVal__Output>
      Uint64NoVal: MessageTypeDefinition<_slurm_v0045_Uint64NoVal, _slurm_v0045_Uint64NoVal__Output>
    }
  }
}


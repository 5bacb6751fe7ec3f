// Friendly names for the slurmrestd v0.0.43 data model. Every type here is an alias of a type
// generated from the vendored OpenAPI document (src/contract/generated/, `npm run generate`):
// the model is never retyped by hand.
import type { components } from './generated/openapi-v0.0.43.ts';

type S = components['schemas'];

export type Meta = S['v0.0.43_openapi_meta'];
export type SlurmError = S['v0.0.43_openapi_error'];
export type SlurmWarning = S['v0.0.43_openapi_warning'];

export type PingResponse = S['v0.0.43_openapi_ping_array_resp'];
export type ControllerPing = S['v0.0.43_controller_ping'];
export type PartitionsResponse = S['v0.0.43_openapi_partition_resp'];
export type PartitionInfo = S['v0.0.43_partition_info'];
export type NodesResponse = S['v0.0.43_openapi_nodes_resp'];
export type Node = S['v0.0.43_node'];
export type ReservationsResponse = S['v0.0.43_openapi_reservation_resp'];
export type ReservationInfo = S['v0.0.43_reservation_info'];
export type DiagResponse = S['v0.0.43_openapi_diag_resp'];
export type StatsMsg = S['v0.0.43_stats_msg'];
export type JobsResponse = S['v0.0.43_openapi_job_info_resp'];
export type JobInfo = S['v0.0.43_job_info'];
export type JobSubmitRequest = S['v0.0.43_job_submit_req'];
export type JobDescription = S['v0.0.43_job_desc_msg'];
export type JobSubmitResponse = S['v0.0.43_openapi_job_submit_response'];
export type KillJobResponse = S['v0.0.43_openapi_kill_job_resp'];
export type KillJobStatus = S['v0.0.43_kill_jobs_resp_job'];
export type Uint32NoVal = S['v0.0.43_uint32_no_val_struct'];
export type Uint64NoVal = S['v0.0.43_uint64_no_val_struct'];
export type Uint16NoVal = S['v0.0.43_uint16_no_val_struct'];
export type ProcessExitCode = S['v0.0.43_process_exit_code_verbose'];

/** The envelope every slurmrestd JSON body carries. */
export interface Envelope {
  meta?: Meta;
  errors?: SlurmError[];
  warnings?: SlurmWarning[];
}

/** The API versions this gateway knows how to serve. */
export const API_VERSIONS = ['v0.0.42', 'v0.0.43', 'v0.0.44', 'v0.0.45'] as const;
export type ApiVersion = (typeof API_VERSIONS)[number];

/** Whether a string (a URL segment, a flag) names a version this gateway knows. */
export const isApiVersion = (v: string | undefined): v is ApiVersion => (API_VERSIONS as readonly (string | undefined)[]).includes(v);

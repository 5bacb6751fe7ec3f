// The SDK's view of the slurmrestd model, for every API version. Every type is an alias of a type
// generated from the vendored OpenAPI documents (src/contract/generated/): nothing is retyped, and a
// v0.0.42 client gets v0.0.42 shapes.
import type { components as C42, operations as O42 } from '../contract/generated/openapi-v0.0.42.ts';
import type { components as C43, operations as O43 } from '../contract/generated/openapi-v0.0.43.ts';
import type { components as C44 } from '../contract/generated/openapi-v0.0.44.ts';
import type { components as C45 } from '../contract/generated/openapi-v0.0.45.ts';
import type { ApiVersion } from '../contract/model.ts';
import { OPERATION_NAMES, READ_OPERATION_NAMES, type OperationName } from '../contract/operations.ts';

export type { ApiVersion };
export const DEFAULT_API_VERSION = 'v0.0.43' satisfies ApiVersion;

interface SchemasByVersion {
  'v0.0.42': C42['schemas'];
  'v0.0.43': C43['schemas'];
  'v0.0.44': C44['schemas'];
  'v0.0.45': C45['schemas'];
}
/** The schema `${V}_${N}` of version V's document, e.g. Schema<'v0.0.43', 'job_info'>. */
export type Schema<V extends ApiVersion, N extends string> = SchemasByVersion[V][`${V}_${N}` & keyof SchemasByVersion[V]];

/** The bodies of one API version, by friendly name (same names as src/contract/model.ts). */
export interface Model<V extends ApiVersion = 'v0.0.43'> {
  PingResponse: Schema<V, 'openapi_ping_array_resp'>;
  PartitionsResponse: Schema<V, 'openapi_partition_resp'>;
  NodesResponse: Schema<V, 'openapi_nodes_resp'>;
  ReservationsResponse: Schema<V, 'openapi_reservation_resp'>;
  DiagResponse: Schema<V, 'openapi_diag_resp'>;
  JobsResponse: Schema<V, 'openapi_job_info_resp'>;
  JobInfo: Schema<V, 'job_info'>;
  JobSubmitRequest: Schema<V, 'job_submit_req'>;
  JobDescription: Schema<V, 'job_desc_msg'>;
  JobSubmitResponse: Schema<V, 'openapi_job_submit_response'>;
  KillJobResponse: Schema<V, 'openapi_kill_job_resp'>;
  SlurmError: Schema<V, 'openapi_error'>;
  SlurmWarning: Schema<V, 'openapi_warning'>;
}

/** A body of either version: what version-independent code (waitForJob, tables) reads. */
export type AnyModel<K extends keyof Model> = Model<'v0.0.42'>[K] | Model<'v0.0.43'>[K] | Model<'v0.0.44'>[K] | Model<'v0.0.45'>[K];
export type AnyJobInfo = AnyModel<'JobInfo'>;
export type AnySlurmError = AnyModel<'SlurmError'>;
export type AnySlurmWarning = AnyModel<'SlurmWarning'>;

type DeleteJobQuery = NonNullable<O43['slurm_v0043_delete_job']['parameters']['query']> | NonNullable<O42['slurm_v0042_delete_job']['parameters']['query']>;
/** A DELETE /job/{id} flag, from the spec's enum (sent comma-separated, as slurmrestd reads them). */
export type CancelFlag = NonNullable<DeleteJobQuery['flags']>;

export interface CancelParams {
  /** A signal name (SIGINT, INT) or number; default: scancel's full kill (SIGTERM, grace, SIGKILL). */
  signal?: string | number;
  flags?: CancelFlag[];
}

/**
 * GET /olcf/v1/token/ctls/introspect: the gateway's own endpoint (schema s3m_token_introspection
 * in the gateway's /openapi.json, not a SLURM type).
 */
export interface TokenInfo {
  tokenId: string;
  project: string;
  user: string;
  permissions: string[];
  createdAt: string;
  expiresAt: string | null;
  active?: boolean;
}

/** The operations every transport carries: the nine SLURM operations plus token introspection. */
export const OPERATIONS = [...OPERATION_NAMES, 'introspect'] as const;
/** OPERATIONS, and `events` (a job's event stream: the optional Transport.jobEvents). */
export type Operation = OperationName | 'introspect' | 'events';
/** Operations that change nothing, so that retrying them is always safe. */
export const READ_OPERATIONS: ReadonlySet<Operation> = new Set([...READ_OPERATION_NAMES, 'introspect', 'events']);

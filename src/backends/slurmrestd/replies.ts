// How a slurmrestd HTTP reply becomes a BackendReply: JSON bodies pass through unchanged with
// slurmrestd's own status; its plain-text 404 ("Unable to find requested URL") and 400 ("Failure
// during parsing") become SLURM envelopes; 401/511 mean the gateway's own credentials are wrong
// (→ 502); anything else that is not a JSON object is a bad reply (→ 502).
import type { BackendReply } from '../backend.ts';
import { buildMeta } from '../../contract/envelope.ts';
import { GatewayError, SLURM_ERRORS } from '../../contract/errors.ts';
import type { ApiVersion, Meta } from '../../contract/model.ts';
import type { RawReply } from './http-client.ts';

export interface ReplyContext {
  resource: string;
  /** `GET /slurm/v0.0.43/jobs`, for messages. */
  what: string;
  /** The API version the call was made in (envelopes the gateway builds itself are of it). */
  version: ApiVersion;
  /** The cluster user the call was made as. */
  user: string;
  clientSource?: string;
  /** The last meta slurmrestd sent (for envelopes the gateway has to build itself). */
  lastMeta?: Meta;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A short, single-line excerpt of a body for an error message. */
function excerpt(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 120 ? `${t.slice(0, 120)}…` : t;
}

function firstError(body: unknown): string {
  if (!isObject(body) || !Array.isArray(body.errors) || body.errors.length === 0) return '';
  const e = body.errors[0] as { description?: unknown; error?: unknown };
  return String(e.description || e.error || '');
}

function envelopeFor(ctx: ReplyContext, kind: keyof typeof SLURM_ERRORS, description: string): Record<string, unknown> {
  const meta = ctx.lastMeta ? { ...ctx.lastMeta, client: { source: ctx.clientSource ?? '', user: ctx.user, group: '' } } : buildMeta({ version: ctx.version, cluster: ctx.resource, clientSource: ctx.clientSource, user: ctx.user });
  const e = SLURM_ERRORS[kind];
  return { meta, errors: [{ description, error_number: e.errorNumber, error: e.error, source: 'slurmrestd' }], warnings: [] };
}

/**
 * slurmctld refuses a user name it cannot resolve as user nobody (ESLURM_AUTH_NOBODY, 6010), and
 * slurmrestd answers that with HTTP 500 and "Rejecting authentication of user nobody or group
 * nobody". For the caller this is no server fault but a user the cluster does not know: a 403,
 * with SLURM's error kept and its description saying whom the cluster did not know. Rewrites
 * the body's error in place; true when it did.
 */
function unknownUser(body: Record<string, unknown>, ctx: ReplyContext): boolean {
  const errors = Array.isArray(body.errors) ? (body.errors as { error_number?: unknown; description?: unknown }[]) : [];
  const e = errors.find((x) => x?.error_number === ESLURM_AUTH_NOBODY);
  if (!e) return false;
  e.description = `${String(e.description || 'Request failed')}: the cluster does not know user "${ctx.user}" (slurmctld took it for user nobody); ask the operators of resource "${ctx.resource}" for an account on the cluster, or for a userMap entry`;
  return true;
}

const ESLURM_AUTH_NOBODY = 6010;

/** Interpret one reply; throws GatewayError for faults. `onCredentialsRejected` runs before a 401/511 is thrown. */
export function interpretReply<T>(raw: RawReply, ctx: ReplyContext, onCredentialsRejected: () => void): BackendReply<T> {
  const body = raw.text === '' ? undefined : parseJson(raw.text);
  const where = `slurmrestd of resource "${ctx.resource}"`;
  if (raw.status === 511 || raw.status === 401) {
    onCredentialsRejected();
    const detail = firstError(body) || excerpt(raw.text) || `HTTP ${raw.status}`;
    throw new GatewayError(
      'backendCredentials',
      `The ${where} rejected the gateway's cluster credentials for user "${ctx.user}" (HTTP ${raw.status}: ${detail}): the gateway's JWT key or token is wrong or expired, or the user is unknown to the cluster; ask the operators`,
    );
  }
  if (isObject(body)) return { status: raw.status === 500 && unknownUser(body, ctx) ? 403 : raw.status, body: body as T };
  if (body === undefined && raw.status === 404) {
    return { status: 404, body: envelopeFor(ctx, 'pathNotFound', `Unable to resolve path: ${where} does not serve ${ctx.what}`) as T };
  }
  if (body === undefined && raw.status === 400) {
    return { status: 400, body: envelopeFor(ctx, 'parsingFailed', `Failure during parsing: ${where} could not parse the request body of ${ctx.what}${raw.text ? ` (${excerpt(raw.text)})` : ''}`) as T };
  }
  const shape = raw.text === '' ? 'an empty body' : body === undefined ? `a body that is not JSON (${raw.contentType || 'no content-type'})` : 'JSON that is not an object';
  throw new GatewayError('backendBadReply', `The ${where} answered ${ctx.what} with HTTP ${raw.status} and ${shape}`);
}

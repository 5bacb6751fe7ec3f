// The caller's view of a backend reply: shaped by the project rules, `meta.client` naming the
// caller, rendered from the backend's API version for the call's (src/contract/versions/), with
// warnings for what the two versions do not share and the version's deprecation warning. Memoized per
// backend body and viewer: a cached body that a thousand pollers of one project read is shaped
// and rendered once per cache period, and the REST adapter then serializes that one object once.
import { BACKEND_DEFAULT_VERSION, type BackendContext, type BackendReply } from '../../backends/backend.ts';
import type { DeprecatedVersions } from '../../config/schema.ts';
import type { ApiVersion, SlurmWarning } from '../../contract/model.ts';
import type { OperationName } from '../../contract/operations.ts';
import { replyWarnings, translateReply } from '../../contract/versions/index.ts';
import { authorized, type CallContext, type Reply } from '../context.ts';
import { deprecationNotice } from '../deprecation.ts';

/** A caller's view of a backend reply, before version rendering. */
export interface Shaped {
  status: number;
  body: unknown;
}

export type Shape = (reply: BackendReply<any>) => Shaped;

export class Views {
  private readonly memo = new WeakMap<object, Map<string, BackendReply<unknown>>>();

  constructor(private readonly deprecated?: Partial<DeprecatedVersions>) {}

  of<T>(ctx: CallContext, op: OperationName, reply: BackendReply<any>, shape?: Shape): Reply<T> {
    const { principal, backend } = authorized(ctx);
    const call = ctx.call;
    const source = reply.body && typeof reply.body === 'object' ? (reply.body as object) : undefined;
    const key = `${op}|${call.version}|${principal.project}|${principal.user}|${call.clientSource ?? ''}`;
    let perSource = source && this.memo.get(source);
    let v = perSource?.get(key);
    if (!v) {
      const shaped: Shaped = shape ? shape(reply) : { status: reply.status, body: reply.body };
      // Every reply names its caller in meta.client, whoever the backend read it as: the monitor
      // user, a mapped or fixed cluster user, or another caller (a reply shared from the cache).
      // Not even the cluster's own answer to the caller keeps its meta.client: slurmrestd 26.05
      // names root there for every JWT client.
      v = this.present(call.version as ApiVersion, op, { ...reply, status: shaped.status, body: withClient(shaped.body, backend) });
      if (source) {
        if (!perSource) this.memo.set(source, (perSource = new Map()));
        perSource.set(key, v);
      }
    }
    // Only a 200 says how fresh it is (Cache-Control/Age): any other answer, 404 above all, is
    // not to be cached, whatever its source. Otherwise the age of another project's job (a 200 in
    // the read cache, shown as a 404) would tell it from a job that does not exist (never cached).
    const cache = v.status === 200 ? reply.cache : undefined;
    return { ...reply, status: v.status, body: v.body as T, cache };
  }

  /** The reply in the call's version, with what did not carry over and the version's deprecation named in warnings[]. */
  private present<T>(version: ApiVersion, op: OperationName, reply: BackendReply<T>): BackendReply<T> {
    const from = reply.version ?? BACKEND_DEFAULT_VERSION;
    const { body, notes } = translateReply(op, reply.status, reply.body, from, version);
    const notice = this.deprecated && deprecationNotice(version, this.deprecated);
    const added: SlurmWarning[] = [...replyWarnings(notes, from, version), ...(notice ? [notice.warning] : [])];
    if (!added.length || !body || typeof body !== 'object' || Array.isArray(body)) return { ...reply, body: body as T, version };
    const b = body as { warnings?: SlurmWarning[] };
    return { ...reply, body: { ...b, warnings: [...(b.warnings ?? []), ...added] } as T, version };
  }
}

/** slurmrestd's meta.client describes who asked: here the gateway's caller, not the first reader of a shared reply. */
function withClient<T>(body: T, ctx: BackendContext): T {
  const b = body as { meta?: { client?: object } } | undefined;
  if (!b || typeof b !== 'object' || !b.meta) return body;
  return { ...b, meta: { ...b.meta, client: { source: ctx.clientSource ?? '', user: ctx.user, group: ctx.project } } } as T;
}

// The API version the gateway speaks to a cluster in: the configured one, or ("auto") per call:
// the caller's own version when the cluster's slurmrestd serves it (its /openapi/v3 lists
// /slurm/<version>/ paths for each data_parser plugin it loaded), so that its reply passes through
// in slurmrestd's own rendering with no translation (the cheapest and most faithful answer); else,
// and for the gateway's own calls, the newest version both the cluster and the gateway know.
// Asked once; a failed ask is not remembered, so a cluster that was down is asked again by the
// next call.
import { GatewayError } from '../../contract/errors.ts';
import { API_VERSIONS, type ApiVersion } from '../../contract/model.ts';

/** The gateway-known versions whose /slurm/ paths an OpenAPI document lists, oldest first. */
export function servedVersions(openapi: unknown): ApiVersion[] {
  const paths = openapi && typeof openapi === 'object' ? Object.keys((openapi as { paths?: object }).paths ?? {}) : [];
  return API_VERSIONS.filter((v) => paths.some((p) => p.startsWith(`/slurm/${v}/`)));
}

/** `wanted` (the caller's version) → the version the call is sent in. */
export type ClusterVersion = (wanted?: ApiVersion) => Promise<ApiVersion>;

export function clusterVersionOf(resource: string, configured: ApiVersion | 'auto', fetchDocument: () => Promise<{ status: number; text: string }>): ClusterVersion {
  if (configured !== 'auto') return async () => configured;
  let known: ApiVersion[] | undefined;
  let asking: Promise<ApiVersion[]> | undefined;
  const pick = (served: ApiVersion[], wanted?: ApiVersion): ApiVersion => (wanted && served.includes(wanted) ? wanted : served.at(-1)!);
  const ask = async (): Promise<ApiVersion[]> => {
    const reply = await fetchDocument();
    let document: unknown;
    try {
      document = reply.status === 200 ? JSON.parse(reply.text) : undefined;
    } catch {
      document = undefined;
    }
    const versions = servedVersions(document);
    if (versions.length === 0) {
      throw new GatewayError('backendBadReply', `resource ${resource}: the cluster's /openapi/v3 (HTTP ${reply.status}) lists none of the API versions ${API_VERSIONS.join(', ')}; set the resource's backend apiVersion`);
    }
    return versions;
  };
  return (wanted) => {
    if (known) return Promise.resolve(pick(known, wanted));
    asking ??= ask().then(
      (v) => (known = v),
      (err) => {
        asking = undefined;
        throw err;
      },
    );
    return asking.then((served) => pick(served, wanted));
  };
}

// The API version the gateway speaks to a cluster in: the configured one, or ("auto") the newest
// version that both the cluster's slurmrestd serves (its /openapi/v3 lists /slurm/<version>/
// paths for each data_parser plugin it loaded) and the gateway knows. Asked once; a failed ask is
// not remembered, so a cluster that was down is asked again by the next call.
import { GatewayError } from '../../contract/errors.ts';
import { API_VERSIONS, type ApiVersion } from '../../contract/model.ts';

/** The newest gateway-known version whose /slurm/ paths an OpenAPI document lists. */
export function newestServedVersion(openapi: unknown): ApiVersion | undefined {
  const paths = openapi && typeof openapi === 'object' ? Object.keys((openapi as { paths?: object }).paths ?? {}) : [];
  return API_VERSIONS.filter((v) => paths.some((p) => p.startsWith(`/slurm/${v}/`))).at(-1);
}

export function clusterVersionOf(resource: string, configured: ApiVersion | 'auto', fetchDocument: () => Promise<{ status: number; text: string }>): () => Promise<ApiVersion> {
  if (configured !== 'auto') return async () => configured;
  let known: ApiVersion | undefined;
  let asking: Promise<ApiVersion> | undefined;
  const ask = async (): Promise<ApiVersion> => {
    const reply = await fetchDocument();
    let document: unknown;
    try {
      document = reply.status === 200 ? JSON.parse(reply.text) : undefined;
    } catch {
      document = undefined;
    }
    const version = newestServedVersion(document);
    if (!version) {
      throw new GatewayError('backendBadReply', `resource ${resource}: the cluster's /openapi/v3 (HTTP ${reply.status}) lists none of the API versions ${API_VERSIONS.join(', ')}; set the resource's backend apiVersion`);
    }
    return version;
  };
  return () => {
    if (known) return Promise.resolve(known);
    asking ??= ask().then(
      (v) => (known = v),
      (err) => {
        asking = undefined;
        throw err;
      },
    );
    return asking;
  };
}

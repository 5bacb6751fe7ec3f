// sbatch's --export policy, turned into the job's `environment` list.
//
//   ALL (default)        the whole submitting environment
//   NONE                 only SLURM_* variables (sbatch then has slurmd load the user's login
//                        environment; the gateway cannot, so the job gets just those plus what
//                        the cluster adds: SLURM_JOB_ID, ...)
//   ALL,A=1,B            the whole environment, plus/overriding A=1 and B (B from the environment)
//   A=1,B                only SLURM_* variables plus A=1 and B
//
// Whenever --export is given, SLURM_EXPORT_ENV carries it into the job as sbatch does (so that an
// srun inside the job follows the same policy). The S3M_TOKEN secret is never exported: a job's
// environment is stored by the cluster and visible to its administrators.
const NEVER_EXPORTED = new Set(['S3M_TOKEN']);

export function exportEnvironment(spec: string | undefined, env: NodeJS.ProcessEnv): string[] {
  const out = new Map<string, string>();
  const put = (k: string, v: string | undefined) => {
    if (v !== undefined && !NEVER_EXPORTED.has(k)) out.set(k, v);
  };
  const parts = (spec ?? 'ALL').split(',').map((p) => p.trim()).filter(Boolean);
  const all = parts.some((p) => p.toUpperCase() === 'ALL');
  const none = parts.length === 1 && parts[0].toUpperCase() === 'NONE';
  for (const [k, v] of Object.entries(env)) if (all || k.startsWith('SLURM_')) put(k, v);
  if (!none) {
    for (const p of parts) {
      if (p.toUpperCase() === 'ALL') continue;
      const eq = p.indexOf('=');
      if (eq > 0) put(p.slice(0, eq), p.slice(eq + 1));
      else put(p, env[p]);
    }
  }
  if (spec !== undefined) out.set('SLURM_EXPORT_ENV', spec);
  return [...out].map(([k, v]) => `${k}=${v}`);
}

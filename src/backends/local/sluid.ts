// SLURM's "lexicographically sortable unique id" of a job (src/common/sluid.c), which slurmstepd
// puts in a job's environment as SLURM_JOB_SLUID ("s" and 13 Crockford base-32 digits of a 64-bit
// number: the cluster's id in the top 12 bits, the submit time in milliseconds shifted by 10, and
// a sequence number in the low 10 bits). Here the cluster id comes from the cluster's name and the
// sequence from the job id, so a job's SLUID is the same every time it is computed.

const CB32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** SLURM's cluster ids lie in 2..4095 (generate_cluster_id); one derived from the name (FNV-1a). */
export function clusterIdOf(clusterName: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(clusterName, 'utf8')) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return (h % (4096 - 2)) + 2;
}

/** print_sluid(): 's' then 13 5-bit digits, most significant first (the top digit holds 4 bits). */
export function formatSluid(sluid: bigint): string {
  let out = '';
  for (let i = 12; i >= 0; i--) out += CB32[Number((sluid >> BigInt(5 * i)) & 0x1fn)];
  return `s${out}`;
}

/** The SLUID of a job submitted at `submitTime` (unix seconds) on `clusterName`. */
export function jobSluid(clusterName: string, submitTime: number, jobId: number): string {
  const ms = BigInt(Math.max(0, Math.floor(submitTime))) * 1000n;
  const sluid = (BigInt(clusterIdOf(clusterName)) << 52n) | ((ms << 10n) & ((1n << 52n) - 1n)) | BigInt(jobId & 0x3ff);
  return formatSluid(sluid);
}

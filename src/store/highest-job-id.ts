// The highest job id the replicas gave out for a resource, from what they share: every submit a
// client was answered has its audit entry (written before the reply) and every finished job its
// history record. A local resource taken over by another replica numbers on above it.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from './kysely/migrations.ts';
import type { Schema } from './kysely/schema.ts';

export async function highestJobId(db: Kysely<Schema>, dialect: Dialect, resource: string): Promise<number> {
  // Audit job ids are text (an array task reads "12_3"): only the plain numbers count.
  const audited =
    dialect === 'postgres'
      ? sql<{ n: number | null }>`SELECT max(job_id::bigint) AS n FROM audit_log WHERE resource = ${resource} AND operation = 'submit' AND job_id ~ '^[0-9]{1,15}$'`
      : sql<{ n: number | null }>`SELECT max(CAST(job_id AS INTEGER)) AS n FROM audit_log WHERE resource = ${resource} AND operation = 'submit' AND job_id NOT GLOB '*[^0-9]*' AND length(job_id) BETWEEN 1 AND 15`;
  const [a, h] = await Promise.all([audited.execute(db), db.selectFrom('job_history').select((eb) => eb.fn.max('job_id').as('n')).where('resource', '=', resource).executeTakeFirst()]);
  return Math.max(Number(a.rows[0]?.n ?? 0), Number(h?.n ?? 0));
}

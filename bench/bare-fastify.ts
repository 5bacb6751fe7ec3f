// The baseline for the polling storm: bare Fastify routes in their own process, like the gateway.
// GET /bare answers a tiny JSON body; GET /same/jobs and /same/job answer the exact bytes the
// gateway answered for /jobs and job/{id} (files named by BARE_JOBS_BODY / BARE_JOB_BODY), so
// that the gateway's own work per request can be told apart from the cost of sending its bodies.
import Fastify from 'fastify';
import { readFileSync } from 'node:fs';

const app = Fastify({ logger: false });
const tiny = { jobs: [], meta: {}, errors: [], warnings: [] };
app.get('/bare', async () => tiny);
for (const [path, env] of [['/same/jobs', 'BARE_JOBS_BODY'], ['/same/job', 'BARE_JOB_BODY']] as const) {
  const file = process.env[env];
  if (file) {
    const text = readFileSync(file, 'utf8');
    app.get(path, async (_req, reply) => reply.type('application/json').send(text));
  }
}
await app.listen({ host: '127.0.0.1', port: 0 });
const addr = app.server.address();
if (addr && typeof addr === 'object') process.stdout.write(`listening on http://127.0.0.1:${addr.port}\n`);

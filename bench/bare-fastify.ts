// The baseline for the polling storm: a bare Fastify route answering a small JSON body, in its own
// process like the gateway, so that "cached reads vs a bare route" compares like with like.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
const body = { jobs: [], meta: {}, errors: [], warnings: [] };
app.get('/bare', async () => body);
await app.listen({ host: '127.0.0.1', port: 0 });
const addr = app.server.address();
if (addr && typeof addr === 'object') process.stdout.write(`listening on http://127.0.0.1:${addr.port}\n`);

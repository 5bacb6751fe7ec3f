// The floor of any gateway on this machine: the least an HTTP proxy in front of slurmrestd can
// cost. A node:http server that forwards each request (method, path with the resource segment
// taken out, the client's own X-SLURM-* headers, body) to slurmrestd through an undici Pool, as
// the gateway's slurmrestd backend does, and sends the reply's bytes back untouched: no tokens, no
// parsing, no logging. What the gateway costs beyond this figure is its own work; what this costs
// is the extra process and hop on these shared cores. Run as its own process (like `bin/s3m serve`):
//   node --import tsx bench/bare-proxy.ts <slurmrestd origin> <resource>   → "listening on <url>"
import { createServer } from 'node:http';
import { Pool } from 'undici';

const [origin, resource] = process.argv.slice(2);
const pool = new Pool(origin, { connections: 64, pipelining: 1, keepAliveTimeout: 4000 });
const resourceSegment = new RegExp(`^(/slurm/v[0-9.]+)/${resource}(?=/)`);

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const headers: Record<string, string> = { accept: 'application/json' };
    for (const name of ['x-slurm-user-name', 'x-slurm-user-token', 'content-type']) {
      const v = req.headers[name];
      if (typeof v === 'string') headers[name] = v;
    }
    pool
      .request({ method: req.method as 'GET', path: (req.url ?? '/').replace(resourceSegment, '$1'), headers, body: chunks.length ? Buffer.concat(chunks) : undefined })
      .then(async (r) => {
        const body = Buffer.from(await r.body.arrayBuffer());
        res.writeHead(r.statusCode, { 'content-type': String(r.headers['content-type'] ?? 'application/json'), 'content-length': body.length });
        res.end(body);
      })
      .catch((err: Error) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(err.message);
      });
  });
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => {
  const a = server.address();
  if (a && typeof a === 'object') process.stdout.write(`listening on http://127.0.0.1:${a.port}\n`);
});

// The floor for gRPC vs REST (bench/grpc-vs-rest.ts): the same replies served with no gateway
// behind them, over each protocol's own stack in Node. A grpc-js Server (channelz off, as the
// gateway's) answers the service's methods, and a node:http server answers GET paths, each with
// the reply the gateway gave, fixed. What the ratio of the two shows is what the protocols and
// their Node stacks cost on this machine, before any gateway work.
//   node --import tsx bench/bare-grpc.ts <replies.json>   → "listening on http=<port> grpc=<port>"
// replies.json: [{ "rpc": "Ping", "path": "/slurm/v0.0.43/defiant/ping", "body": "<the REST reply>" }, ...]
import { Server, ServerCredentials, type sendUnaryData, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { loadVersionDefinition } from '../src/adapters/grpc/definition.ts';
import { protoShape } from '../src/contract/grpc/json-proto.ts';

const VERSION = 'v0.0.43';
const replies = JSON.parse(readFileSync(process.argv[2], 'utf8')) as { rpc: string; path: string; body: string }[];
const def = loadVersionDefinition(VERSION);

const impl: UntypedServiceImplementation = {};
for (const r of replies) {
  const method = def.methods.find((m) => m.rpc === r.rpc);
  if (!method) throw new Error(`no method ${r.rpc}`);
  const message = protoShape(VERSION, method.responseRef, JSON.parse(r.body));
  impl[r.rpc] = (_call: unknown, callback: sendUnaryData<unknown>) => callback(null, message);
}
const grpc = new Server({ 'grpc.enable_channelz': 0 });
grpc.addService(def.service, impl);
const grpcPort = await new Promise<number>((resolve, reject) => grpc.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, port) => (err ? reject(err) : resolve(port))));

const byPath = new Map(replies.map((r) => [r.path, Buffer.from(r.body)]));
const http = createServer((req, res) => {
  const body = byPath.get(req.url ?? '');
  res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
  res.end(body ?? '{}');
});
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const addr = http.address();
if (addr && typeof addr === 'object') process.stdout.write(`listening on http=${addr.port} grpc=${grpcPort}\n`);

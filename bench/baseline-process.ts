// Starts one of the bench's baseline servers (bare-proxy.ts, bare-fastify.ts, bare-grpc.ts) as a
// process of its own, like the gateway, and waits for the line it prints once it listens.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface BaselineProcess {
  child: ChildProcess;
  /** What the process printed after "listening on ": for most, its origin. */
  listening: string;
}

export async function startBaseline(script: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env): Promise<BaselineProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(script, import.meta.url)), ...args], { stdio: ['ignore', 'pipe', 'inherit'], env });
  const listening = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${script} did not start within 30 s`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (.+)\n/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1].trim());
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code})`));
    });
  });
  return { child, listening };
}

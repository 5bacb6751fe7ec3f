// `s3m`: the gateway's command line. `serve` runs the gateway; `admin` manages tokens on the
// same data dir (safe while the server runs: SQLite WAL); the client commands (jobs, submit,
// watch, ...) talk to a running gateway through the SDK in src/client/.
import { Command } from 'commander';
import { registerServe } from './commands/serve.ts';
import { registerAdmin } from './commands/admin.ts';
import { registerClient } from './commands/client.ts';
import { registerCompletion } from './commands/completion.ts';

const program = new Command('s3m')
  .description('S3M Compute: token-authenticated access to SLURM clusters over the slurmrestd v0.0.43 API')
  .showHelpAfterError()
  .configureOutput({ outputError: (str, write) => write(str) });

registerServe(program);
registerAdmin(program);
registerClient(program);
registerCompletion(program);

program.parseAsync(process.argv).catch((err: Error) => {
  process.stderr.write(`s3m: ${err.message}\n`);
  process.exit(1);
});

// `s3m`: the gateway's command line. `serve` runs the gateway; `admin` manages tokens on the
// same data dir (safe while the server runs: SQLite WAL).
import { Command } from 'commander';
import { registerServe } from './commands/serve.ts';
import { registerAdmin } from './commands/admin.ts';

const program = new Command('s3m')
  .description('S3M Compute: token-authenticated access to SLURM clusters over the slurmrestd v0.0.43 API')
  .showHelpAfterError()
  .configureOutput({ outputError: (str, write) => write(str) });

registerServe(program);
registerAdmin(program);

program.parseAsync(process.argv).catch((err: Error) => {
  process.stderr.write(`s3m: ${err.message}\n`);
  process.exit(1);
});

// Run by local-backend.test.ts as a separate gateway process that is then killed with SIGKILL,
// to test recovery after a crash. Usage: restart-fixture.ts <db file> <spool dir> <work dir>
import { join } from 'node:path';
import { openHostDatabase } from '../../src/store/database.ts';
import { createLocalBackend } from '../../src/backends/local/index.ts';
import { cgroupScopeFor, restartConfig, submit, waitState } from './local-cluster.ts';

const [dbFile, spool, work] = process.argv.slice(2);
const db = await openHostDatabase(dbFile);
const backend = createLocalBackend({ resource: 'res1', config: restartConfig(), db, spoolDir: spool, cgroupScope: cgroupScopeFor(work) });
await backend.start();
const done = await submit(backend, { name: 'done', script: '#!/bin/sh\necho finished', current_working_directory: work });
await waitState(backend, done, 'COMPLETED');
const running = await submit(backend, { name: 'long', script: `#!/bin/sh\necho $$ > ${join(work, 'long.pid')}\nsleep 3600`, current_working_directory: work });
await waitState(backend, running, 'RUNNING');
await submit(backend, { name: 'queued', script: '#!/bin/sh\necho queued-ran', current_working_directory: work });
process.stdout.write('READY\n');
setInterval(() => {}, 1000); // stay up until the test kills this process with SIGKILL

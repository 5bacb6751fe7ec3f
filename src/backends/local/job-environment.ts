// The environment a batch script runs with: exactly the job's `environment` list, then SLURM's
// job variables on top (as slurmd sets them for a batch step), so a script written for SLURM
// finds SLURM_JOB_ID, SLURM_JOB_NODELIST, ... as it would on a real cluster.
import { hostname } from 'node:os';
import { compressCounts, compressHostlist } from './hostlist.ts';
import { sharingEnvironment } from './sharing.ts';
import type { JobRecord } from './types.ts';

export function jobEnvironment(job: JobRecord, clusterName: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const entry of job.environment) {
    const eq = entry.indexOf('=');
    if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  const alloc = job.allocation ?? [];
  const nodeList = compressHostlist(alloc.map((a) => a.node));
  const cpus = alloc.reduce((s, a) => s + a.cpus, 0);
  // The layout placement.ts chose (records from before it: the tasks spread evenly).
  const tasksPerNode = alloc.map((a, i) => a.tasks ?? Math.floor(job.tasks / alloc.length) + (i < job.tasks % alloc.length ? 1 : 0));
  const slurm: Record<string, string> = {
    SLURM_JOB_ID: String(job.jobId),
    SLURM_JOBID: String(job.jobId),
    SLURM_JOB_NAME: job.name,
    SLURM_JOB_ACCOUNT: job.account,
    SLURM_JOB_PARTITION: job.partition,
    SLURM_JOB_USER: job.userName,
    SLURM_JOB_UID: String(job.userId ?? process.getuid?.() ?? 0),
    SLURM_JOB_GID: String(job.groupId ?? process.getgid?.() ?? 0),
    SLURM_CLUSTER_NAME: clusterName,
    SLURM_SUBMIT_DIR: job.cwd,
    SLURM_SUBMIT_HOST: hostname(),
    SLURM_NTASKS: String(job.tasks),
    SLURM_NPROCS: String(job.tasks),
    SLURM_CPUS_ON_NODE: String(alloc[0]?.cpus ?? cpus),
    SLURM_JOB_CPUS_PER_NODE: compressCounts(alloc.map((a) => a.cpus)),
    SLURM_TASKS_PER_NODE: compressCounts(tasksPerNode),
    SLURM_JOB_NUM_NODES: String(alloc.length),
    SLURM_NNODES: String(alloc.length),
    SLURM_JOB_NODELIST: nodeList,
    SLURM_NODELIST: nodeList,
    SLURMD_NODENAME: alloc[0]?.node ?? '',
    SLURM_NODEID: '0',
    SLURM_PROCID: '0',
    SLURM_LOCALID: '0',
    SLURM_GTIDS: '0',
    SLURM_JOB_START_TIME: String(job.startTime),
    SLURM_JOB_END_TIME: String(job.endTime),
    SLURM_PRIO_PROCESS: '0',
    ENVIRONMENT: 'BATCH',
  };
  Object.assign(slurm, sharingEnvironment(job.shared));
  if (job.cpusPerTaskGiven) slurm.SLURM_CPUS_PER_TASK = String(job.cpusPerTask);
  if (job.memoryPerNode !== null) slurm.SLURM_MEM_PER_NODE = String(job.memoryPerNode);
  if (job.memoryPerCpu !== null) slurm.SLURM_MEM_PER_CPU = String(job.memoryPerCpu);
  if (job.reservation) slurm.SLURM_JOB_RESERVATION = job.reservation;
  return { ...env, ...slurm };
}

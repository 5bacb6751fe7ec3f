// Test helper: a small job description for the real cluster of scripts/real-slurm.sh (its debug
// partition, one task, 5 minutes, run in /tmp with its output discarded), for the tests that submit
// to it directly or through the gateway.
export function realSlurmJob(name: string, script: string, extra: Record<string, unknown> = {}) {
  return {
    job: {
      name,
      partition: 'debug',
      tasks: 1,
      time_limit: { number: 5, set: true },
      current_working_directory: '/tmp',
      environment: ['PATH=/usr/bin:/bin'],
      standard_output: '/dev/null',
      script,
      ...extra,
    },
  };
}

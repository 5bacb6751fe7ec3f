// SLURM account names are case-insensitive: slurmctld and slurmdbd store them lower-cased
// (job_mgr.c lower-cases job_desc->account with xstrtolower), so a job submitted with account "STF040"
// reports "stf040". A token's project is compared with a job's account through this, everywhere.

/** The account name as SLURM stores and reports it. */
export const slurmAccountName = (name: string): string => name.toLowerCase();

/** Whether a job's account and a token's project name the same SLURM account. */
export const sameAccount = (account: string | undefined | null, project: string): boolean =>
  typeof account === 'string' && slurmAccountName(account) === slurmAccountName(project);

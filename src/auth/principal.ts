// Who a request acts for, once its token has been verified.
export const PERMISSIONS = ['compute-ace', 'compute-ace-readonly'] as const;
export type Permission = (typeof PERMISSIONS)[number];

export interface Principal {
  tokenId: string;
  user: string;
  /** The token's project: its SLURM account. */
  project: string;
  permissions: Permission[];
  expiresAt: number | null;
}

/** Reading needs either permission. */
export const canRead = (p: Principal) => p.permissions.includes('compute-ace') || p.permissions.includes('compute-ace-readonly');
/** Submitting and cancelling need compute-ace. */
export const canWrite = (p: Principal) => p.permissions.includes('compute-ace');

// Constructors for slurmrestd's "no value" number structs ({set, infinite, number}).
export interface NoVal {
  set: boolean;
  infinite: boolean;
  number: number;
}

/** A number that is set. */
export const num = (n: number): NoVal => ({ set: true, infinite: false, number: n });
/** A number that is not set (slurmrestd renders NO_VAL this way). */
export const unset = (): NoVal => ({ set: false, infinite: false, number: 0 });
/** INFINITE (for example MaxTime=UNLIMITED). */
export const infinite = (): NoVal => ({ set: false, infinite: true, number: 0 });
/** A unix time in seconds, or unset when the event has not happened yet... except SLURM renders 0 as set. */
export const time = (unixSeconds: number | null | undefined): NoVal => num(unixSeconds ?? 0);

// Recognising a job's processes from /proc, so that a restarted gateway ends the jobs its
// previous run left behind and never signals a process that merely reuses an old pid.
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcStat {
  pid: number;
  pgrp: number;
  /** Field 22, clock ticks since boot: with the pid, it identifies a process for its lifetime. */
  startTime: string;
}

export function readProcStat(pid: number): ProcStat | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // comm (field 2) may contain spaces and parentheses: split after its last ')'.
  const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // rest[0] is field 3 (state): field n is rest[n - 3].
  const pgrp = Number(rest[5 - 3]);
  const startTime = rest[22 - 3];
  if (!startTime || Number.isNaN(pgrp)) return null;
  return { pid, pgrp, startTime };
}

/** Processes whose process group is `pgid`. */
export function groupMembers(pgid: number): ProcStat[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const out: ProcStat[] = [];
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    const st = readProcStat(Number(e));
    if (st && st.pgrp === pgid) out.push(st);
  }
  return out;
}

/**
 * Whether process group `pgid` is still the one a job's leader (started at `startTime`) created.
 * If the leader lives, its start time must match. If it has exited but members remain, the group
 * is still ours: Linux does not hand out a pid that is in use as a process group id, and every
 * member must have started no earlier than the leader.
 */
export function isOurGroup(pgid: number, startTime: string): { alive: boolean; ours: boolean } {
  const members = groupMembers(pgid);
  if (members.length === 0) return { alive: false, ours: false };
  const leader = members.find((m) => m.pid === pgid);
  if (leader) return { alive: true, ours: leader.startTime === startTime };
  const ours = members.every((m) => BigInt(m.startTime) >= BigInt(startTime));
  return { alive: true, ours };
}

/** Signal the whole group; false when nothing was there to signal. */
export function signalGroup(pgid: number, signal: NodeJS.Signals | number): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

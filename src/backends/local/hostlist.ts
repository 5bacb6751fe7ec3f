// SLURM's compressed host list notation ("node[1-3,7],gpu01"), used wherever SLURM prints node
// sets (job nodes, SLURM_JOB_NODELIST, partition and reservation node lists), so that scripts
// parsing it keep working. Names that share a prefix and a numeric suffix of the same width are
// folded into ranges; everything else is listed as is. Order of first appearance is kept.
export function compressHostlist(names: readonly string[]): string {
  interface Group { prefix: string; width: number; numbers: number[] }
  const groups: Array<Group | string> = [];
  const byKey = new Map<string, Group>();
  for (const name of names) {
    const m = /^(.*?)(\d+)$/.exec(name);
    if (!m) {
      groups.push(name);
      continue;
    }
    const [, prefix, digits] = m;
    const key = `${prefix}\u0000${digits.length}`;
    let g = byKey.get(key);
    if (!g) {
      g = { prefix, width: digits.length, numbers: [] };
      byKey.set(key, g);
      groups.push(g);
    }
    g.numbers.push(Number(digits));
  }
  return groups
    .map((g) => {
      if (typeof g === 'string') return g;
      const pad = (n: number) => String(n).padStart(g.width, '0');
      const nums = [...new Set(g.numbers)].sort((a, b) => a - b);
      if (nums.length === 1) return g.prefix + pad(nums[0]);
      const ranges: string[] = [];
      for (let i = 0; i < nums.length; ) {
        let j = i;
        while (j + 1 < nums.length && nums[j + 1] === nums[j] + 1) j++;
        ranges.push(i === j ? pad(nums[i]) : `${pad(nums[i])}-${pad(nums[j])}`);
        i = j + 1;
      }
      return `${g.prefix}[${ranges.join(',')}]`;
    })
    .join(',');
}

/** SLURM_JOB_CPUS_PER_NODE / SLURM_TASKS_PER_NODE notation: "2(x3),1". */
export function compressCounts(counts: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < counts.length; ) {
    let j = i;
    while (j + 1 < counts.length && counts[j + 1] === counts[i]) j++;
    const n = j - i + 1;
    out.push(n === 1 ? String(counts[i]) : `${counts[i]}(x${n})`);
    i = j + 1;
  }
  return out.join(',');
}

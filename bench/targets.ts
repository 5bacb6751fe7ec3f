// Every target a section checks, gathered for the one table `npm run bench` ends with (run.ts).
export interface TargetRow {
  section: string;
  /** What was measured, e.g. "submit c=8 throughput". */
  what: string;
  /** The ratio measured, e.g. gateway/direct. */
  ratio: number;
  /** How the ratio is read against the target: at most, or at least. */
  want: '<=' | '>=';
  target: number;
  /** The same ratio for the baseline that shows this machine's floor (e.g. a bare proxy), when there is one. */
  floor?: number;
}

export const targetRows: TargetRow[] = [];

export const met = (r: Pick<TargetRow, 'ratio' | 'want' | 'target'>) => (r.want === '<=' ? r.ratio <= r.target : r.ratio >= r.target);

export function printTargets(rows: TargetRow[]): void {
  if (rows.length === 0) return;
  const cells = rows.map((r) => [r.section, r.what, `${r.want === '<=' ? '≤' : '≥'} ${r.target}×`, `${r.ratio.toFixed(2)}×`, met(r) ? 'met' : 'MISSED', r.floor === undefined ? '' : `${r.floor.toFixed(2)}×`]);
  const head = ['section', 'measured', 'target', 'ratio', 'verdict', 'bare-proxy floor'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => (i < 2 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ');
  console.log(`\n=== every target, one run (${rows.filter(met).length}/${rows.length} met)\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${cells.map(line).join('\n')}`);
}

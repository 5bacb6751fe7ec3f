// Every target a section checks, gathered for the one table `npm run bench` ends with (run.ts).
import { textTable } from './table.ts';

export interface TargetRow {
  section: string;
  /** What was measured, e.g. "submit c=8 throughput". */
  what: string;
  /** The ratio measured, e.g. gateway/direct. */
  ratio: number;
  /** How the ratio is read against the target: at most, or at least. */
  want: '<=' | '>=';
  target: number;
  /**
   * The same ratio between bare baselines, which shows this machine's floor, when there is one:
   * a bare proxy against slurmrestd, or a bare grpc-js server against a bare node:http server.
   */
  floor?: number;
}

export const targetRows: TargetRow[] = [];

export const met = (r: Pick<TargetRow, 'ratio' | 'want' | 'target'>) => (r.want === '<=' ? r.ratio <= r.target : r.ratio >= r.target);

export function printTargets(rows: TargetRow[]): void {
  if (rows.length === 0) return;
  const cells = rows.map((r) => [r.section, r.what, `${r.want === '<=' ? '≤' : '≥'} ${r.target}×`, `${r.ratio.toFixed(2)}×`, met(r) ? 'met' : 'MISSED', r.floor === undefined ? '' : `${r.floor.toFixed(2)}×`]);
  const head = ['section', 'measured', 'target', 'ratio', 'verdict', 'floor (bare baselines)'];
  console.log(`\n=== every target, one run (${rows.filter(met).length}/${rows.length} met)\n${textTable(head, cells)}`);
}

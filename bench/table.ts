// The text tables the sections print: columns as wide as their widest cell, the first
// `leftColumns` (names) aligned left and the rest (figures) right, a rule under the head.
export function textTable(head: string[], rows: string[][], leftColumns = 2): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((x, i) => (i < leftColumns ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ');
  return `${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}`;
}

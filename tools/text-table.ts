// Plain-text tables for the command-line reports (balance, search).

export const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

/** A left-aligned first column and right-aligned figures. */
export function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(head), ...rows.map(line)];
}

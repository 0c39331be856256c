// Plain text tables for the CLI's listings: a header row, then one row per item, columns padded to
// their widest cell and separated by two spaces, no borders (like kubectl). An empty cell shows '-'.

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const cells = [headers, ...rows].map((row) => headers.map((_, i) => (row[i] === undefined || row[i] === '' ? '-' : row[i]!)));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  return cells.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n');
}

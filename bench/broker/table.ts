// The broker benchmark's printed table: one row per case, numbers right-aligned, goal ratios marked.

export interface Row {
  section: 'machine' | 'produce' | 'consume' | 'latency';
  name: string;
  records?: number;
  seconds?: number;
  mbs?: number;
  rps?: number;
  /** The case's MB/s over the limit it is judged against (goal ≥ 0.5). */
  ratio?: { value: number; of: string };
  /** Broker process CPU time over wall time (1 = one core busy). */
  brokerCpu?: number;
  /** Broker process CPU seconds per 10^9 bytes of record values moved (less sensitive to other load than MB/s). */
  brokerCpuPerGB?: number;
  /** The client's CPU time over wall time. */
  clientCpu?: number;
  note?: string;
}

const num = (v: number | undefined, digits = 0): string => (v === undefined ? '' : v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));

const SECTION_ORDER: readonly Row['section'][] = ['machine', 'produce', 'consume', 'latency'];

/** Prints the rows grouped by section (machine, produce, consume, latency), in run order within each. */
export function printRows(unordered: readonly Row[]): void {
  const rows = [...unordered].sort((a, b) => SECTION_ORDER.indexOf(a.section) - SECTION_ORDER.indexOf(b.section));
  const header = ['', 'case', 'records', 's', 'MB/s', 'records/s', 'ratio (goal ≥ 0.5)', 'broker CPU', 'CPU s/GB', 'client CPU', 'notes'];
  const cells = rows.map((r) => [
    r.section,
    r.name,
    num(r.records),
    num(r.seconds, 2),
    num(r.mbs, r.mbs !== undefined && r.mbs < 10 ? 2 : 0),
    num(r.rps),
    r.ratio === undefined ? '' : `${r.ratio.value.toFixed(2)} of ${r.ratio.of}${r.ratio.value >= 0.5 ? '' : ' ✗'}`,
    r.brokerCpu === undefined ? '' : `${(r.brokerCpu * 100).toFixed(0)} %`,
    num(r.brokerCpuPerGB, 2),
    r.clientCpu === undefined ? '' : `${(r.clientCpu * 100).toFixed(0)} %`,
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (row: string[]): string =>
    row
      .map((c, i) => (i >= 2 && i <= 9 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(`\n${line(header)}`);
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

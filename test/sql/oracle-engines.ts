// The two sides of the batch-oracle suite (oracle.test.ts): a query run through Weir (SqlSession,
// in process, to the end of its bounded input) and the same question asked of DuckDB, each reduced
// to the final result as sorted lines of text, then compared.
//
// Text form on both sides: integers in decimal, booleans as true/false, DECIMALs with exactly their
// type's scale, TIMESTAMPs as 'YYYY-MM-DD HH:MM:SS.mmm', NULL as 'NULL', columns joined by ' | '.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { SqlSession } from '../../src/platform/jobs/session.ts';
import { openObjectStore } from '../../src/storage/index.ts';
import { Decimal } from '../../src/sql/types/decimal.ts';
import type { Field } from '../../src/sql/plan/physical.ts';
import type { Change } from '../../src/sql/types/values.ts';
import { timestampText } from './oracle-data.ts';

function weirText(field: Field, v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (v instanceof Decimal) return v.toString();
  if (field.type.kind === 'TIMESTAMP' && typeof v === 'number') return timestampText(v);
  if (typeof v === 'bigint' || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return String(v);
  throw new Error(`oracle: no text form for column ${field.name} (${field.type.kind}) value ${String(v)}`);
}

/**
 * Runs `ddl` then `query` in a fresh session and returns the query's final result: the changelog
 * applied as a multiset (+I/+U add a row, -U/-D remove one; removing an absent row is an error).
 */
export async function runWeir(tmp: string, ddl: string, query: string): Promise<string[]> {
  const store = await openObjectStore(mkdtempSync(join(tmp, 'state-')));
  const rows = new Map<string, number>();
  const problems: string[] = [];
  const onResults = (_job: unknown, fields: readonly Field[], changes: readonly Change[]): void => {
    for (const c of changes) {
      const line = c.row.map((v, i) => weirText(fields[i]!, v)).join(' | ');
      const n = (rows.get(line) ?? 0) + (c.kind === '+I' || c.kind === '+U' ? 1 : -1);
      if (n < 0) problems.push(`${c.kind} of a row not in the result: ${line}`);
      if (n === 0) rows.delete(line);
      else rows.set(line, n);
    }
  };
  const session = new SqlSession({ file: 'oracle.sql', services: {}, store, print: () => {}, onResults });
  await session.executeScript(`${ddl}\n${query}`);
  await Promise.all(session.jobs().map((j) => j.done));
  if (problems.length > 0) throw new Error(`oracle: Weir's changelog retracts rows it never emitted:\n${problems.slice(0, 5).join('\n')}`);
  return [...rows].flatMap(([line, n]) => Array<string>(n).fill(line)).sort();
}

/** Runs `query` on DuckDB; every column is cast to VARCHAR there (the query formats timestamps). */
export async function runDuck(db: DuckDBConnection, query: string): Promise<string[]> {
  const r = await db.runAndReadAll(`SELECT COLUMNS(*)::VARCHAR FROM (${query})`);
  return r.getRowsJS().map((row) => row.map((v) => (v === null ? 'NULL' : String(v))).join(' | ')).sort();
}

/** Empty when equal; else the row counts and the first lines found on only one side. */
export function difference(weir: readonly string[], duck: readonly string[]): string {
  const count = (xs: readonly string[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return m;
  };
  const w = count(weir);
  const d = count(duck);
  const only = (a: Map<string, number>, b: Map<string, number>): string[] =>
    [...a].filter(([k, n]) => (b.get(k) ?? 0) < n).map(([k]) => k);
  const onlyWeir = only(w, d);
  const onlyDuck = only(d, w);
  if (onlyWeir.length === 0 && onlyDuck.length === 0) return '';
  return [
    `Weir ${weir.length} rows, DuckDB ${duck.length} rows`,
    `only in Weir (${onlyWeir.length}):`, ...onlyWeir.slice(0, 6).map((x) => '  ' + x),
    `only in DuckDB (${onlyDuck.length}):`, ...onlyDuck.slice(0, 6).map((x) => '  ' + x),
  ].join('\n');
}

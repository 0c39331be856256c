// Reading a table's connector options (validated at CREATE TABLE; defaults applied here).
import { durationMs } from '../../sql/catalog/options.ts';

export type Options = ReadonlyMap<string, string>;

export function text(o: Options, key: string): string | undefined {
  return o.get(key);
}

export function bool(o: Options, key: string, fallback: boolean): boolean {
  const v = o.get(key);
  return v === undefined ? fallback : v.trim().toLowerCase() === 'true';
}

export function num(o: Options, key: string, fallback: number): number {
  const v = o.get(key);
  return v === undefined ? fallback : Number(v.trim());
}

export function duration(o: Options, key: string, fallbackMs: number): number {
  const v = o.get(key);
  return v === undefined ? fallbackMs : durationMs(v);
}

const MEMORY_FACTORS: Readonly<Record<string, number>> = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** A memory size in bytes ('200b', '64 mb', '1k'; a bare number is bytes), as Flink's MemorySize. */
export function memory(o: Options, key: string, fallbackBytes: number): number {
  const v = o.get(key);
  if (v === undefined) return fallbackBytes;
  const m = /^(\d+)\s*([a-z]*)$/i.exec(v.trim());
  if (m === null) return fallbackBytes;
  return Number(m[1]) * (MEMORY_FACTORS[(m[2] || 'b')[0]!.toLowerCase()] ?? 1);
}

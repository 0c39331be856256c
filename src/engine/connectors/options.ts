// Reading a table's connector options (validated at CREATE TABLE; defaults applied here).
import { durationMs, memoryBytes } from '../../sql/catalog/options.ts';

export type Options = ReadonlyMap<string, string>;

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

/** A memory size in bytes ('200b', '64 mb', '1k'; a bare number is bytes), as Flink's MemorySize. */
export function memory(o: Options, key: string, fallbackBytes: number): number {
  const v = o.get(key);
  if (v === undefined) return fallbackBytes;
  return memoryBytes(v);
}

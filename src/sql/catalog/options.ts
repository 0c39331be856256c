// Option specs and the checks shared by connector, format and session options: a spec names an
// option the way Flink does (`scan.startup.mode`), says whether it is required, how its value is
// read, and its default. Keys may be a prefix (`properties.*`: anything under it passes through) or
// a per-column template (`fields.#.kind`: `#` is a declared column). Values are checked as Flink's
// ConfigOptions read them: integers, durations (`10 s`, `1min`, `500ms`, a bare number is ms),
// memory sizes (`200b`, `64 mb`), booleans and enums (both case-insensitive).

export type OptionType = 'string' | 'int' | 'long' | 'double' | 'duration' | 'memory' | 'boolean' | 'enum' | 'prefix';

export interface OptionSpec {
  /** The key; ends in `.*` for a prefix, contains `#` for a per-column option. */
  readonly key: string;
  readonly type: OptionType;
  readonly required?: boolean;
  /** Allowed values of an enum (compared case-insensitively, listed as written here). */
  readonly values?: readonly string[];
  readonly default?: string;
}

const DURATION_UNITS = [
  'ns', 'nano', 'nanos', 'nanosecond', 'nanoseconds', 'µs', 'micro', 'micros', 'microsecond', 'microseconds',
  'ms', 'milli', 'millis', 'millisecond', 'milliseconds', 's', 'sec', 'secs', 'second', 'seconds',
  'm', 'min', 'mins', 'minute', 'minutes', 'h', 'hour', 'hours', 'd', 'day', 'days',
];
const MEMORY_UNITS = ['b', 'bytes', 'k', 'kb', 'kibibytes', 'm', 'mb', 'mebibytes', 'g', 'gb', 'gibibytes', 't', 'tb', 'tebibytes'];

/** Why `value` is not a valid value of `spec`, as "expected …", or undefined when it is valid. */
export function checkValue(spec: OptionSpec, value: string): string | undefined {
  const v = value.trim();
  switch (spec.type) {
    case 'string':
    case 'prefix':
      return undefined;
    case 'int':
      return /^[+-]?\d+$/.test(v) && Math.abs(Number(v)) <= 2147483647 ? undefined : 'expected an integer';
    case 'long':
      return /^[+-]?\d+$/.test(v) && BigInt(v) <= 9223372036854775807n && BigInt(v) >= -9223372036854775808n ? undefined : 'expected an integer';
    case 'double':
      return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v) ? undefined : 'expected a number';
    case 'boolean':
      return /^(true|false)$/i.test(v) ? undefined : 'expected true or false';
    case 'duration': {
      const m = /^(\d+)\s*([a-zµ]*)$/i.exec(v);
      return m !== null && (m[2] === '' || DURATION_UNITS.includes(m[2]!.toLowerCase())) ? undefined : "expected a duration such as '10 s', '1 min' or '500 ms'";
    }
    case 'memory': {
      const m = /^(\d+)\s*([a-z]*)$/i.exec(v);
      return m !== null && (m[2] === '' || MEMORY_UNITS.includes(m[2]!.toLowerCase())) ? undefined : "expected a memory size such as '200b' or '64 mb'";
    }
    case 'enum':
      return (spec.values ?? []).some((a) => a.toLowerCase() === v.toLowerCase()) ? undefined : `allowed values are ${(spec.values ?? []).join(', ')}`;
  }
}

/** Duration in milliseconds; throws for a value `checkValue` would refuse (an unknown unit too). */
export function durationMs(value: string): number {
  const m = /^(\d+)\s*([a-zµ]*)$/i.exec(value.trim());
  if (m === null || checkValue({ key: '', type: 'duration' }, value) !== undefined) throw new Error(`not a duration: ${value}`);
  const n = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  if (unit === '' || unit.startsWith('ms') || unit.startsWith('milli')) return n;
  if (unit.startsWith('n')) return n / 1e6;
  if (unit.startsWith('µ') || unit.startsWith('micro')) return n / 1e3;
  if (unit === 's' || unit.startsWith('sec')) return n * 1000;
  if (unit === 'm' || unit.startsWith('min')) return n * 60_000;
  if (unit.startsWith('h')) return n * 3_600_000;
  return n * 86_400_000;
}

const MEMORY_FACTORS: Readonly<Record<string, number>> = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** A memory size in bytes ('200b', '64 mb', '1k'; a bare number is bytes), as Flink's MemorySize;
 * throws for a value `checkValue` would refuse. */
export function memoryBytes(value: string): number {
  const m = /^(\d+)\s*([a-z]*)$/i.exec(value.trim());
  if (m === null || checkValue({ key: '', type: 'memory' }, value) !== undefined) throw new Error(`not a memory size: ${value}`);
  return Number(m[1]) * (MEMORY_FACTORS[(m[2] || 'b')[0]!.toLowerCase()] ?? 1);
}

/** The spec that covers `key`, given the declared column names for `#` templates. */
export function findSpec(specs: readonly OptionSpec[], key: string, columns: readonly string[] = []): OptionSpec | undefined {
  const exact = specs.find((s) => s.key === key);
  if (exact !== undefined) return exact;
  for (const s of specs) {
    if (s.type === 'prefix' && key.startsWith(s.key.slice(0, -1)) && key.length > s.key.length - 1) return s;
    if (s.key.includes('#')) {
      const [before, after] = s.key.split('#') as [string, string];
      if (key.startsWith(before) && key.endsWith(after) && columns.includes(key.slice(before.length, key.length - after.length))) return s;
    }
  }
  return undefined;
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** The candidates (up to three) at the smallest edit distance from `word`, if that is small. */
export function closeMatches(word: string, candidates: readonly string[]): string[] {
  const limit = Math.max(2, Math.floor(word.length / 4));
  const scored = candidates.map((c) => ({ c, d: editDistance(word.toLowerCase(), c.toLowerCase()) })).filter((x) => x.d <= limit);
  const best = Math.min(...scored.map((x) => x.d));
  return scored.filter((x) => x.d === best).map((x) => x.c).sort().slice(0, 3);
}

/** ` (did you mean 'a' or 'b'?)`, or '' when nothing is close. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const m = closeMatches(word, candidates);
  return m.length === 0 ? '' : ` (did you mean ${m.map((c) => `'${c}'`).join(' or ')}?)`;
}

// The `datagen` connector (Flink's DataGen source): rows of random or sequence values.
// Per column: 'fields.<c>.kind' random (default) or sequence ('start'..'end' inclusive; the source
// ends when a sequence runs out); random numbers uniform in 'min'..'max' (default the type's range;
// DECIMAL the type's range); strings of 'length' hex characters (default 100, at most the declared
// length; 'var-len' makes the length random from 1); BYTES of 'length' random bytes; ARRAY and MAP
// of 'length' elements (default 3); TIMESTAMP/TIMESTAMP_LTZ now minus a random 'max-past'; DATE
// today minus a random number of days within 'max-past'; 'null-rate' the share of NULLs. Nested
// ROW fields use the defaults. 'rows-per-second' (default 10000) paces the output and
// 'number-of-rows' bounds it. Values are random (as Flink's); the position is the number of rows
// emitted, which is also the sequence state.
import type { LogicalType } from '../../sql/types/types.ts';
import { zoneOffset as zoneOffsetOf } from '../../sql/functions/datetime.ts';
import { toSql } from '../../sql/types/types.ts';
import { Decimal } from '../../sql/types/decimal.ts';
import { INTEGER_RANGE } from '../../sql/types/integers.ts';
import { WeirError } from '../../util/errors.ts';
import { Random } from './nexmark/random.ts';
import { bool, duration, num, type Options } from './options.ts';
import type { Connector, ConnectorContext, SourceReader, SourceRecord } from './types.ts';

type Gen = (row: number) => unknown;

const [MIN_LONG, MAX_LONG] = INTEGER_RANGE.BIGINT;

interface Column {
  readonly name: string;
  readonly o: Options;
  readonly table: string;
  readonly rng: Random;
  readonly zoneOffset: (ms: number) => number;
}

function fail(c: Column, message: string): never {
  throw new WeirError('CONFIG_INVALID', `Table '${c.table}' (connector 'datagen'), column '${c.name}': ${message}`);
}

const opt = (c: Column, key: string): string | undefined => c.o.get(`fields.${c.name}.${key}`);

function bigintOpt(c: Column, key: string, fallback: bigint): bigint {
  const v = opt(c, key);
  if (v === undefined) return fallback;
  if (!/^\s*[+-]?\d+\s*$/.test(v)) fail(c, `'fields.${c.name}.${key}' must be an integer, got '${v}'`);
  return BigInt(v.trim());
}

function numberOpt(c: Column, key: string, fallback: number): number {
  const v = opt(c, key);
  if (v === undefined) return fallback;
  const n = Number(v.trim());
  if (v.trim() === '' || Number.isNaN(n)) fail(c, `'fields.${c.name}.${key}' must be a number, got '${v}'`);
  return n;
}

/** A uniform bigint in [lo, hi]. */
function randomBigint(r: Random, lo: bigint, hi: bigint): bigint {
  const span = hi - lo + 1n;
  if (span <= 2n ** 53n) return lo + BigInt(r.int(Number(span)));
  const bits = (BigInt(r.next()) << 32n) | BigInt(r.next());
  return lo + (bits % span);
}

function hex(r: Random, length: number): string {
  let out = '';
  while (out.length < length) out += r.next().toString(16).padStart(8, '0');
  return out.slice(0, length);
}

function stringLength(c: Column, type: LogicalType & { length: number }): number {
  const explicit = opt(c, 'length');
  const length = explicit === undefined ? Math.min(type.length, 100) : Number(explicit);
  if (type.kind === 'CHAR' || type.kind === 'BINARY') return type.length;
  if (length > type.length) fail(c, `custom length ${length} is longer than the declared ${toSql(type)}`);
  return length;
}

function sequence(c: Column, type: LogicalType): Gen {
  const start = bigintOpt(c, 'start', 0n);
  const end = bigintOpt(c, 'end', 0n);
  if (end < start) fail(c, `sequence end ${end} is before its start ${start}`);
  switch (type.kind) {
    case 'TINYINT': case 'SMALLINT': case 'INT': {
      const [lo, hi] = INTEGER_RANGE[type.kind];
      if (start < lo || end > hi) fail(c, `sequence ${start}..${end} does not fit ${toSql(type)}`);
      return (row) => Number(start) + row;
    }
    case 'BIGINT': return (row) => start + BigInt(row);
    case 'FLOAT': case 'DOUBLE': return (row) => Number(start) + row;
    case 'DECIMAL': return (row) => new Decimal(start + BigInt(row), 0).fit(type.precision, type.scale);
    case 'CHAR': case 'VARCHAR': return (row) => String(start + BigInt(row));
    default: return fail(c, `a sequence generator does not support ${toSql(type)}`);
  }
}

function random(c: Column, type: LogicalType, nested: boolean): Gen {
  const r = c.rng;
  const length = (fallback: number): number => (nested ? fallback : numberOpt(c, 'length', fallback));
  const option = (key: string): string | undefined => (nested ? undefined : opt(c, key));
  switch (type.kind) {
    case 'BOOLEAN': return () => r.int(2) === 1;
    case 'TINYINT': case 'SMALLINT': case 'INT': {
      const lo0 = Number(INTEGER_RANGE[type.kind][0]);
      const hi0 = Number(INTEGER_RANGE[type.kind][1]);
      const lo = option('min') === undefined ? lo0 : numberOpt(c, 'min', lo0);
      const hi = option('max') === undefined ? hi0 : numberOpt(c, 'max', hi0);
      if (hi < lo) fail(c, `max ${hi} is below min ${lo}`);
      return () => lo + r.int(hi - lo + 1);
    }
    case 'BIGINT': {
      const lo = nested ? MIN_LONG : bigintOpt(c, 'min', MIN_LONG);
      const hi = nested ? MAX_LONG : bigintOpt(c, 'max', MAX_LONG);
      if (hi < lo) fail(c, `max ${hi} is below min ${lo}`);
      return () => randomBigint(r, lo, hi);
    }
    case 'FLOAT': case 'DOUBLE': {
      const big = type.kind === 'FLOAT' ? 3.4028234663852886e38 : Number.MAX_VALUE;
      const lo = nested ? -big : numberOpt(c, 'min', -big);
      const hi = nested ? big : numberOpt(c, 'max', big);
      const round = type.kind === 'FLOAT' ? Math.fround : (x: number) => x;
      return () => round(lo + r.double() * (hi / 2 - lo / 2) * 2);
    }
    case 'DECIMAL': {
      const limit = 10n ** BigInt(type.precision) - 1n;
      const toUnscaled = (v: string | undefined, fallback: bigint): bigint => (v === undefined ? fallback : Decimal.fromString(v).setScale(type.scale).unscaled);
      const lo = toUnscaled(option('min'), -limit);
      const hi = toUnscaled(option('max'), limit);
      return () => new Decimal(randomBigint(r, lo, hi), type.scale).fit(type.precision, type.scale);
    }
    case 'CHAR': case 'VARCHAR': {
      const max = nested ? Math.min(type.length, 100) : stringLength(c, type);
      const varLen = !nested && bool(c.o, `fields.${c.name}.var-len`, false);
      return () => hex(r, varLen ? 1 + r.int(max) : max);
    }
    case 'BINARY': case 'VARBINARY': {
      const max = nested ? Math.min(type.length, 100) : stringLength(c, type);
      const varLen = !nested && bool(c.o, `fields.${c.name}.var-len`, false);
      return () => {
        const out = new Uint8Array(varLen ? 1 + r.int(max) : max);
        for (let i = 0; i < out.length; i++) out[i] = r.int(256);
        return out;
      };
    }
    case 'TIMESTAMP': case 'TIMESTAMP_LTZ': case 'DATE': {
      const maxPast = nested ? 0 : duration(c.o, `fields.${c.name}.max-past`, 0);
      const wall = type.kind !== 'TIMESTAMP_LTZ';
      return () => {
        const now = Date.now();
        const t = now - (maxPast > 0 ? r.int(maxPast + 1) : 0) + (wall ? c.zoneOffset(now) : 0);
        return type.kind === 'DATE' ? Math.floor(t / 86_400_000) : t;
      };
    }
    case 'TIME': {
      const unit = 10 ** Math.max(0, 3 - type.precision);
      return () => r.int(86_400_000 / unit) * unit;
    }
    case 'ARRAY': {
      const n = length(3);
      const element = random(c, type.element, true);
      return (row) => Array.from({ length: n }, () => element(row));
    }
    case 'MAP': {
      const n = length(3);
      const key = random(c, type.key, true);
      const value = random(c, type.value, true);
      return (row) => {
        const m = new Map<unknown, unknown>();
        for (let i = 0; i < n; i++) m.set(key(row), value(row));
        return m;
      };
    }
    case 'ROW': {
      const fields = type.fields.map((f) => random(c, f.type, true));
      return (row) => fields.map((g) => g(row));
    }
    case 'NULL': return () => null;
    default:
      throw new WeirError('NOT_IMPLEMENTED', `Table '${c.table}' (connector 'datagen'), column '${c.name}': the datagen connector does not generate ${toSql(type)}`);
  }
}

class DatagenReader implements SourceReader {
  private readonly gens: Gen[];
  private readonly nullRates: number[];
  private readonly rng: Random;
  private readonly limit: number;
  private readonly perSecond: number;
  private emitted: number;
  private startedAt = -1;
  private startCount = 0;

  constructor(ctx: ConnectorContext) {
    const o = ctx.options;
    this.rng = new Random(Math.floor(Math.random() * 2 ** 52));
    const zoneOffset = (ms: number): number => zoneOffsetOf(ctx.timeZone, ms);
    let limit = num(o, 'number-of-rows', Number.POSITIVE_INFINITY);
    this.gens = ctx.fields.map((f) => {
      const c: Column = { name: f.name, o, table: ctx.table, rng: this.rng, zoneOffset };
      if ((o.get(`fields.${f.name}.kind`) ?? 'random').toLowerCase() !== 'sequence') return random(c, f.type, false);
      const span = Number(bigintOpt(c, 'end', 0n) - bigintOpt(c, 'start', 0n)) + 1;
      limit = Math.min(limit, span);
      return sequence(c, f.type);
    });
    this.nullRates = ctx.fields.map((f) => num(o, `fields.${f.name}.null-rate`, 0));
    this.limit = limit;
    this.perSecond = num(o, 'rows-per-second', 10_000);
    this.emitted = (ctx.restored as { emitted: number } | undefined)?.emitted ?? 0;
  }

  partitions(): readonly number[] {
    return [0];
  }

  async poll(max: number): Promise<readonly SourceRecord[] | undefined> {
    if (this.emitted >= this.limit) return undefined;
    const now = Date.now();
    if (this.startedAt < 0) {
      this.startedAt = now;
      this.startCount = this.emitted;
    }
    // Up to a tenth of a second ahead of the rate (at least one row), so polls get full batches.
    const due = Math.max(1, Math.floor(((now - this.startedAt + 100) * this.perSecond) / 1000));
    const allowed = due - (this.emitted - this.startCount);
    const n = Math.max(0, Math.min(max, allowed, this.limit - this.emitted));
    const out: SourceRecord[] = [];
    for (let k = 0; k < n; k++) {
      const index = this.emitted + k;
      const row = this.gens.map((g, i) => (this.nullRates[i]! > 0 && this.rng.double() < this.nullRates[i]! ? null : g(index)));
      out.push({ partition: 0, kind: '+I', row });
    }
    this.emitted += n;
    return out;
  }

  position(): { emitted: number } {
    return { emitted: this.emitted };
  }

  async close(): Promise<void> {}
}

export const datagen: Connector = {
  name: 'datagen',
  sinkAcceptsUpdates: false,
  async createSource(ctx: ConnectorContext): Promise<SourceReader> {
    return new DatagenReader(ctx);
  },
};

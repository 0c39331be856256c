// The json format's decoder: JSON text to a row, driven by the row's types (Flink's
// JsonToRowDataConverters). Built once per layout: one decoder per type, reused for every record.
// Conversions as Flink's: numbers from numbers or numeric strings (INT truncates a fraction, as
// Jackson's intValue does; TINYINT/SMALLINT need an integer), BOOLEAN true only for `true`/"true",
// DECIMAL exact from the number's text (NULL when it does not fit, as DecimalData.fromBigDecimal),
// strings from any value (objects as compact JSON text), BYTES from base64, temporal types from
// text in the configured standard. A missing field is NULL unless `fail-on-missing-field`.
import { Decimal } from '../../sql/types/decimal.ts';
import type { LogicalType, RowField } from '../../sql/types/types.ts';
import { INTEGER_RANGE, type SmallIntegerKind } from '../../sql/types/integers.ts';
import { JsonScanner, JsonValueError, type TokenKind } from './json-scan.ts';
import { parseDate, parseTime, parseTimestamp, type TimestampStandard } from './temporal.ts';

export type Decoder = (sc: JsonScanner) => unknown;
type Convert = (text: string, kind: TokenKind) => unknown;

export interface JsonDecodeOptions {
  readonly failOnMissingField: boolean;
  readonly ignoreParseErrors: boolean;
  readonly standard: TimestampStandard;
}

function shown(text: string, kind: TokenKind): string {
  const t = text.length > 40 ? text.slice(0, 40) + '…' : text;
  return kind === 'string' ? JSON.stringify(t) : t;
}

function bad(text: string, kind: TokenKind, what: string, expected = ''): never {
  throw new JsonValueError(`cannot read ${shown(text, kind)} as ${what}${expected}`);
}

const INTEGER = /^[+-]?\d+$/;
const JAVA_DOUBLE = /^[+-]?(NaN|Infinity|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[fFdD]?)$/;

const INT_MIN = Number(INTEGER_RANGE.INT[0]);
const INT_MAX = Number(INTEGER_RANGE.INT[1]);

function smallInt(what: SmallIntegerKind): Convert {
  const min = Number(INTEGER_RANGE[what][0]);
  const max = Number(INTEGER_RANGE[what][1]);
  return (text, kind) => {
    const t = kind === 'string' ? text.trim() : text;
    if (kind === 'compound' || !INTEGER.test(t)) bad(text, kind, what);
    const n = Number(t);
    if (n < min || n > max) bad(text, kind, what, ' (out of range)');
    return n;
  };
}

const intText = smallInt('INT');

function int(text: string, kind: TokenKind): number {
  if (kind === 'number') {
    const n = Math.trunc(Number(text));
    if (n >= INT_MIN && n <= INT_MAX) return n;
    return bad(text, kind, 'INT', ' (out of range)');
  }
  return intText(text, kind) as number;
}

const [MIN_LONG, MAX_LONG] = INTEGER_RANGE.BIGINT;

function bigint(text: string, kind: TokenKind): bigint {
  let n: bigint;
  if (kind === 'number') {
    if (INTEGER.test(text)) n = BigInt(text);
    else {
      const d = Decimal.fromString(text);
      n = d.unscaled / 10n ** BigInt(d.scale);
    }
  } else {
    const t = text.trim();
    if (kind !== 'string' || !INTEGER.test(t)) return bad(text, kind, 'BIGINT');
    n = BigInt(t);
  }
  if (n < MIN_LONG || n > MAX_LONG) bad(text, kind, 'BIGINT', ' (out of range)');
  return n;
}

function double(text: string, kind: TokenKind, what: string): number {
  if (kind === 'number') return Number(text);
  const t = text.trim();
  if (kind !== 'string' || !JAVA_DOUBLE.test(t)) return bad(text, kind, what);
  return Number(t.replace(/[fFdD]$/, ''));
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function temporal(parse: (t: string) => number | undefined, what: string, expected: string): Convert {
  return (text, kind) => {
    const v = kind === 'string' ? parse(text) : undefined;
    return v === undefined ? bad(text, kind, what, `, expected ${expected}`) : v;
  };
}

/** How a value of `type` is read from a scalar token (also used for MAP keys, which are text). */
export function converter(type: LogicalType, o: JsonDecodeOptions): Convert {
  const std = o.standard;
  const tsShape = std === 'SQL' ? "'yyyy-MM-dd HH:mm:ss[.fraction]'" : "'yyyy-MM-ddTHH:mm:ss[.fraction]'";
  switch (type.kind) {
    case 'BOOLEAN':
      return (text, kind) => {
        if (kind === 'boolean') return text === 'true';
        if (kind === 'compound') return bad(text, kind, 'BOOLEAN');
        return text.trim().toLowerCase() === 'true';
      };
    case 'TINYINT': case 'SMALLINT': return smallInt(type.kind);
    case 'INT': case 'INTERVAL_YEAR_MONTH': return int;
    case 'BIGINT': return bigint;
    case 'INTERVAL_DAY_TIME': return (text, kind) => Number(bigint(text, kind));
    case 'FLOAT': return (text, kind) => Math.fround(double(text, kind, 'FLOAT'));
    case 'DOUBLE': return (text, kind) => double(text, kind, 'DOUBLE');
    case 'DECIMAL': {
      const what = `DECIMAL(${type.precision}, ${type.scale})`;
      return (text, kind) => {
        if (kind !== 'number' && kind !== 'string') return bad(text, kind, what);
        let d: Decimal;
        try {
          d = Decimal.fromString(text);
        } catch {
          return bad(text, kind, what);
        }
        return d.fit(type.precision, type.scale);
      };
    }
    case 'CHAR': case 'VARCHAR':
      return (text) => text;
    case 'BINARY': case 'VARBINARY':
      return (text, kind) => {
        if (kind !== 'string' || !BASE64.test(text)) return bad(text, kind, 'BYTES', ' (expected base64 text)');
        return new Uint8Array(Buffer.from(text, 'base64'));
      };
    case 'DATE': return temporal(parseDate, 'DATE', "'yyyy-MM-dd'");
    case 'TIME': return temporal((t) => parseTime(t, type.precision), `TIME(${type.precision})`, "'HH:mm:ss[.fraction]'");
    case 'TIMESTAMP':
      return temporal((t) => parseTimestamp(t, std), `TIMESTAMP(${type.precision})`, `${tsShape} ('timestamp-format.standard' is ${std})`);
    case 'TIMESTAMP_LTZ':
      return temporal((t) => parseTimestamp(t, std, true), `TIMESTAMP_LTZ(${type.precision})`, `${tsShape.slice(0, -1)}Z' ('timestamp-format.standard' is ${std})`);
    case 'NULL':
      return () => null;
    case 'ARRAY': case 'MAP': case 'ROW':
      return (text, kind) => bad(text, kind, type.kind);
  }
}

/** Runs `decode`; with ignore-parse-errors a bad value becomes NULL, otherwise the path grows. */
function guarded(decode: Decoder, sc: JsonScanner, step: string, ignore: boolean): unknown {
  try {
    return decode(sc);
  } catch (e) {
    if (!(e instanceof JsonValueError)) throw e;
    if (ignore) return null;
    e.path.unshift(step);
    throw e;
  }
}

/** Consumes a value that is not the expected structure: NULL for `null`, else a value error. */
function notStructure(sc: JsonScanner, what: string): null {
  const text = sc.token();
  if (sc.kind === 'null') return null;
  return bad(text, sc.kind, what);
}

function rowDecoder(fields: readonly RowField[], o: JsonDecodeOptions): Decoder {
  const names = fields.map((f) => f.name);
  const decoders = fields.map((f) => decoder(f.type, o));
  const index = new Map(names.map((n, i) => [n, i]));
  // Names that appear unescaped in JSON can be matched in place, without slicing the key out.
  const plain = names.map((n) => !/["\\\u0000-\u001f]/.test(n));
  const n = names.length;
  const ignore = o.ignoreParseErrors;
  return (sc) => {
    if (sc.peek() !== 123) return notStructure(sc, 'ROW');
    sc.i++;
    const row: unknown[] = [];
    for (let k = 0; k < n; k++) row.push(undefined);
    if (sc.peek() === 125) sc.i++;
    else {
      let next = 0;
      do {
        let k = -1;
        const c = sc.peek();
        if (next < n && c === 34 && plain[next]) {
          const name = names[next]!;
          const end = sc.i + 1 + name.length;
          if (sc.s.charCodeAt(end) === 34 && sc.s.startsWith(name, sc.i + 1)) {
            sc.i = end + 1;
            sc.expect(58, "':'");
            k = next;
          }
        }
        if (k < 0) k = index.get(sc.key()) ?? -1;
        if (k < 0) sc.skipValue();
        else {
          row[k] = guarded(decoders[k]!, sc, names[k]!, ignore);
          next = k + 1;
        }
      } while (sc.more(125));
    }
    for (let k = 0; k < n; k++) {
      if (row[k] !== undefined) continue;
      if (o.failOnMissingField) throw new JsonValueError(`Could not find field with name '${names[k]}'`);
      row[k] = null;
    }
    return row;
  };
}

function arrayDecoder(element: LogicalType, o: JsonDecodeOptions): Decoder {
  const decode = decoder(element, o);
  return (sc) => {
    if (sc.peek() !== 91) return notStructure(sc, 'ARRAY');
    sc.i++;
    const out: unknown[] = [];
    if (sc.peek() === 93) sc.i++;
    else do out.push(guarded(decode, sc, `[${out.length}]`, o.ignoreParseErrors)); while (sc.more(93));
    return out;
  };
}

function mapDecoder(key: LogicalType, value: LogicalType, o: JsonDecodeOptions): Decoder {
  const keyOf = converter(key, o);
  const decode = decoder(value, o);
  return (sc) => {
    if (sc.peek() !== 123) return notStructure(sc, 'MAP');
    sc.i++;
    const out = new Map<unknown, unknown>();
    if (sc.peek() === 125) sc.i++;
    else {
      do {
        const k = sc.key();
        let kv: unknown;
        try {
          kv = keyOf(k, 'string');
        } catch (e) {
          if (!(e instanceof JsonValueError) || !o.ignoreParseErrors) throw e;
          kv = null;
        }
        out.set(kv, guarded(decode, sc, k, o.ignoreParseErrors));
      } while (sc.more(125));
    }
    return out;
  };
}

export function decoder(type: LogicalType, o: JsonDecodeOptions): Decoder {
  switch (type.kind) {
    case 'ROW': return rowDecoder(type.fields, o);
    case 'ARRAY': return arrayDecoder(type.element, o);
    case 'MAP': return mapDecoder(type.key, type.value, o);
    case 'BIGINT':
      return (sc) => {
        const text = sc.token();
        if (sc.kind === 'number' && sc.small === sc.small) return BigInt(sc.small);
        return sc.kind === 'null' ? null : bigint(text, sc.kind);
      };
    case 'INT':
      return (sc) => {
        const text = sc.token();
        if (sc.kind === 'number' && sc.small === sc.small && sc.small >= INT_MIN && sc.small <= INT_MAX) return sc.small;
        return sc.kind === 'null' ? null : int(text, sc.kind);
      };
    default: {
      const convert = converter(type, o);
      return (sc) => {
        const text = sc.token();
        return sc.kind === 'null' ? null : convert(text, sc.kind);
      };
    }
  }
}

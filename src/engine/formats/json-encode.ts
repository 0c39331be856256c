// The json format's encoder: a row to JSON text with Flink's conventions (RowDataToJsonConverters):
// BIGINT and DECIMAL written exactly from their digits (DECIMAL as BigDecimal.toString, or plain with
// `encode.decimal-as-plain-number`), NaN and infinities as strings (Jackson's default), BYTES as
// base64, temporal types as text in the configured standard, MAP keys as text with the
// `map-null-key.*` options for NULL keys, NULL fields omitted with `encode.ignore-null-fields`.
import type { Decimal } from '../../sql/types/decimal.ts';
import type { LogicalType, RowField } from '../../sql/types/types.ts';
import { WeirError } from '../../util/errors.ts';
import { decimalText, floatNumber } from '../../sql/types/java-text.ts';
import { formatDate, formatTime, formatTimestamp, type TimestampStandard } from './temporal.ts';

export type Encoder = (value: unknown) => string;

export interface JsonEncodeOptions {
  readonly standard: TimestampStandard;
  readonly mapNullKeyMode: 'FAIL' | 'DROP' | 'LITERAL';
  readonly mapNullKeyLiteral: string;
  readonly decimalPlain: boolean;
  readonly ignoreNullFields: boolean;
}

function numberText(x: number): string {
  return Number.isFinite(x) ? String(x) : `"${x === Infinity ? 'Infinity' : x === -Infinity ? '-Infinity' : 'NaN'}"`;
}

const quoted = (f: (v: never) => string): Encoder => (v) => '"' + f(v as never) + '"';

function scalarEncoder(type: LogicalType, o: JsonEncodeOptions): Encoder {
  switch (type.kind) {
    case 'BOOLEAN': return (v) => (v ? 'true' : 'false');
    case 'TINYINT': case 'SMALLINT': case 'INT': case 'INTERVAL_YEAR_MONTH': case 'INTERVAL_DAY_TIME': case 'DOUBLE':
      return (v) => numberText(v as number);
    case 'BIGINT': return (v) => String(v as bigint);
    case 'FLOAT': return (v) => numberText(floatNumber(v as number));
    case 'DECIMAL': return o.decimalPlain ? (v) => (v as Decimal).toString() : (v) => decimalText(v as Decimal);
    case 'CHAR': case 'VARCHAR': return (v) => JSON.stringify(v as string);
    case 'BINARY': case 'VARBINARY':
      return quoted((v: Uint8Array) => Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64'));
    case 'DATE': return quoted(formatDate);
    case 'TIME': return quoted(formatTime);
    case 'TIMESTAMP': return quoted((v: number) => formatTimestamp(v, o.standard));
    case 'TIMESTAMP_LTZ': return quoted((v: number) => formatTimestamp(v, o.standard, true));
    case 'NULL': return () => 'null';
    default: throw new WeirError('INTERNAL', `not a scalar type: ${type.kind}`);
  }
}

function rowEncoder(fields: readonly RowField[], o: JsonEncodeOptions): Encoder {
  const prefixes = fields.map((f) => JSON.stringify(f.name) + ':');
  const encoders = fields.map((f) => encoder(f.type, o));
  const n = fields.length;
  return (v) => {
    const row = v as unknown[];
    let out = '{';
    for (let k = 0; k < n; k++) {
      const x = row[k];
      if (x === null || x === undefined) {
        if (o.ignoreNullFields) continue;
        out += (out.length === 1 ? '' : ',') + prefixes[k] + 'null';
      } else out += (out.length === 1 ? '' : ',') + prefixes[k] + encoders[k]!(x);
    }
    return out + '}';
  };
}

/** Text of a MAP key: strings as they are, other types as their JSON text without quotes. */
function keyEncoder(type: LogicalType, o: JsonEncodeOptions): (v: unknown) => string {
  if (type.kind === 'CHAR' || type.kind === 'VARCHAR') return (v) => v as string;
  const enc = encoder(type, o);
  return (v) => {
    const t = enc(v);
    return t.startsWith('"') ? (JSON.parse(t) as string) : t;
  };
}

function mapEncoder(key: LogicalType, value: LogicalType, o: JsonEncodeOptions): Encoder {
  const keyText = keyEncoder(key, o);
  const enc = encoder(value, o);
  return (v) => {
    let out = '{';
    for (const [k, x] of v as Map<unknown, unknown>) {
      let name: string;
      if (k === null || k === undefined) {
        if (o.mapNullKeyMode === 'DROP') continue;
        if (o.mapNullKeyMode === 'FAIL') {
          throw new WeirError('CONFIG_INVALID', "JSON format doesn't support to serialize map data with null keys", {
            hint: "drop NULL keys, or set 'json.map-null-key.mode' to 'DROP' or 'LITERAL' (with 'json.map-null-key.literal')",
          });
        }
        name = o.mapNullKeyLiteral;
      } else name = keyText(k);
      out += (out.length === 1 ? '' : ',') + JSON.stringify(name) + ':' + (x === null || x === undefined ? 'null' : enc(x));
    }
    return out + '}';
  };
}

export function encoder(type: LogicalType, o: JsonEncodeOptions): Encoder {
  switch (type.kind) {
    case 'ROW': return rowEncoder(type.fields, o);
    case 'MAP': return mapEncoder(type.key, type.value, o);
    case 'ARRAY': {
      const enc = encoder(type.element, o);
      return (v) => {
        let out = '[';
        for (const x of v as unknown[]) out += (out.length === 1 ? '' : ',') + (x === null || x === undefined ? 'null' : enc(x));
        return out + ']';
      };
    }
    default: return scalarEncoder(type, o);
  }
}

// The `csv` format (Flink's csv format): one record per message, fields by position, no header.
// Options (without the 'csv.' prefix): field-delimiter, quote-character, disable-quote-character,
// escape-character, allow-comments ('#' lines are skipped), ignore-parse-errors,
// array-element-delimiter (ARRAY elements and nested ROW fields), null-literal,
// write-bigdecimal-in-scientific-notation. As Flink: an empty field is NULL for every type but
// VARCHAR/STRING; missing trailing fields are NULL, extra fields are an error; a bad value fails
// with its reason unless ignore-parse-errors, which nulls the field (and skips malformed records).
// MAP is not supported, as in Flink.
import type { Decimal } from '../../sql/types/decimal.ts';
import { toSql, type LogicalType } from '../../sql/types/types.ts';
import type { Row } from '../../sql/types/values.ts';
import { WeirError } from '../../util/errors.ts';
import { CsvSyntaxError, fieldText, splitRecord, type CsvDialect } from './csv-line.ts';
import { converter, type JsonDecodeOptions } from './json-decode.ts';
import { JsonValueError } from './json-scan.ts';
import { decimalText, doubleText, floatText } from '../../sql/types/java-text.ts';
import { bool } from '../connectors/options.ts';
import { char } from './options.ts';
import { formatDate, formatTime, formatTimestamp } from './temporal.ts';
import type { Deserializer, Format, FormatContext, Serializer } from './types.ts';

interface CsvOptions extends CsvDialect {
  readonly arrayDelimiter: string;
  readonly nullLiteral: string | undefined;
  readonly allowComments: boolean;
  readonly ignoreParseErrors: boolean;
  readonly scientific: boolean;
}

function csvOptions(o: ReadonlyMap<string, string>): CsvOptions {
  const disableQuote = bool(o, 'disable-quote-character', false);
  if (disableQuote && o.has('quote-character')) {
    throw new WeirError('CONFIG_INVALID', "Format cannot define a quote character and disabled quote character at the same time", { hint: "remove 'csv.quote-character' or 'csv.disable-quote-character'" });
  }
  return {
    delimiter: char(o, 'field-delimiter', ',')!,
    quote: disableQuote ? undefined : char(o, 'quote-character', '"'),
    escape: char(o, 'escape-character', undefined),
    arrayDelimiter: o.get('array-element-delimiter') ?? ';',
    nullLiteral: o.get('null-literal'),
    allowComments: bool(o, 'allow-comments', false),
    ignoreParseErrors: bool(o, 'ignore-parse-errors', false),
    scientific: bool(o, 'write-bigdecimal-in-scientific-notation', true),
  };
}

type Read = (text: string) => unknown;

// Scalars convert as the json format converts a JSON string (trimmed numbers, base64 bytes, …);
// timestamps are read in the SQL standard, as Flink's csv does.
const TEXT_RULES: JsonDecodeOptions = { failOnMissingField: false, ignoreParseErrors: false, standard: 'SQL' };

function unsupported(type: LogicalType): never {
  throw new WeirError('NOT_IMPLEMENTED', `The csv format does not support the type ${toSql(type)}`, { hint: 'use the json format for MAP and nested collection columns' });
}

function reader(type: LogicalType, o: CsvOptions, nested: boolean): Read {
  const nullable = (read: Read): Read => (text) => {
    if (text === o.nullLiteral || (text === '' && type.kind !== 'VARCHAR')) return null;
    try {
      return read(text);
    } catch (e) {
      if (e instanceof JsonValueError && o.ignoreParseErrors) return null;
      throw e;
    }
  };
  if (type.kind === 'MAP' || (nested && (type.kind === 'ARRAY' || type.kind === 'ROW'))) unsupported(type);
  if (type.kind === 'ARRAY') {
    const element = reader(type.element, o, true);
    return nullable((text) => text.split(o.arrayDelimiter).map(element));
  }
  if (type.kind === 'ROW') {
    const fields = type.fields.map((f) => reader(f.type, o, true));
    return nullable((text) => {
      const parts = text.split(o.arrayDelimiter);
      if (parts.length !== fields.length) throw new JsonValueError(`Row length mismatch. ${fields.length} fields expected but was ${parts.length}`);
      return fields.map((f, i) => f(parts[i]!));
    });
  }
  const convert = converter(type, TEXT_RULES);
  return nullable((text) => convert(text, 'string'));
}

function deserializer(ctx: FormatContext): Deserializer {
  const o = csvOptions(ctx.options);
  const readers = ctx.fields.map((f) => reader(f.type, o, false));
  const utf8 = new TextDecoder();
  return {
    decode(bytes: Uint8Array): Row | undefined {
      const line = utf8.decode(bytes).replace(/\r?\n$/, '');
      if (o.allowComments && line.startsWith('#')) return undefined;
      let field = 0;
      try {
        const texts = splitRecord(line, o);
        if (texts.length > readers.length) throw new CsvSyntaxError(`Too many entries: expected at most ${readers.length}, found ${texts.length}`);
        const row: Row = [];
        for (; field < readers.length; field++) row.push(field < texts.length ? readers[field]!(texts[field]!) : null);
        return row;
      } catch (e) {
        if (!(e instanceof CsvSyntaxError) && !(e instanceof JsonValueError)) throw e;
        if (o.ignoreParseErrors) return undefined;
        const where = e instanceof JsonValueError ? ` at field '${ctx.fields[field]!.name}'` : '';
        throw new WeirError('RECORD_CORRUPT', `Failed to deserialize CSV row '${line.length > 200 ? line.slice(0, 200) + '…' : line}'${where}: ${e.message}`, {
          hint: "fix the producer, or set 'csv.ignore-parse-errors' = 'true' to skip bad records",
        });
      }
    },
  };
}

type Write = (value: unknown) => string;

function writer(type: LogicalType, o: CsvOptions, nested: boolean): Write {
  if (type.kind === 'MAP' || (nested && (type.kind === 'ARRAY' || type.kind === 'ROW'))) unsupported(type);
  const nul = o.nullLiteral ?? '';
  switch (type.kind) {
    case 'ARRAY': {
      const w = writer(type.element, o, true);
      return (v) => (v as unknown[]).map((x) => (x === null || x === undefined ? nul : w(x))).join(o.arrayDelimiter);
    }
    case 'ROW': {
      const ws = type.fields.map((f) => writer(f.type, o, true));
      return (v) => ws.map((w, i) => { const x = (v as unknown[])[i]; return x === null || x === undefined ? nul : w(x); }).join(o.arrayDelimiter);
    }
    case 'FLOAT': return (v) => floatText(v as number);
    case 'DOUBLE': return (v) => doubleText(v as number);
    case 'DECIMAL': return o.scientific ? (v) => decimalText(v as Decimal) : (v) => (v as Decimal).toString();
    case 'BINARY': case 'VARBINARY': return (v) => Buffer.from(v as Uint8Array).toString('base64');
    case 'DATE': return (v) => formatDate(v as number);
    case 'TIME': return (v) => formatTime(v as number);
    case 'TIMESTAMP': return (v) => formatTimestamp(v as number, 'SQL');
    case 'TIMESTAMP_LTZ': return (v) => formatTimestamp(v as number, 'SQL', true);
    default: return (v) => String(v);
  }
}

/** Numbers are written bare; text values go through the quoting rule. */
const BARE = new Set(['BOOLEAN', 'TINYINT', 'SMALLINT', 'INT', 'BIGINT', 'FLOAT', 'DOUBLE', 'DECIMAL', 'INTERVAL_YEAR_MONTH', 'INTERVAL_DAY_TIME']);

function serializer(ctx: FormatContext): Serializer {
  const o = csvOptions(ctx.options);
  const writers = ctx.fields.map((f) => writer(f.type, o, false));
  const bare = ctx.fields.map((f) => BARE.has(f.type.kind));
  const nul = o.nullLiteral ?? '';
  return {
    encode(row: Row): Uint8Array {
      let out = '';
      for (let i = 0; i < writers.length; i++) {
        if (i > 0) out += o.delimiter;
        const v = row[i];
        if (v === null || v === undefined) out += nul;
        else {
          const text = writers[i]!(v);
          out += bare[i] ? text : fieldText(text, o);
        }
      }
      return Buffer.from(out, 'utf8');
    },
  };
}

export const csv: Format = { name: 'csv', deserializer, serializer };

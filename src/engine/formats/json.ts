// The `json` format (Flink's json format): one JSON object per message, fields matched by name.
// Options (without the 'json.' prefix): fail-on-missing-field, ignore-parse-errors,
// timestamp-format.standard, map-null-key.mode / .literal, encode.decimal-as-plain-number,
// encode.ignore-null-fields. An empty message or a JSON `null` decodes to no row (as Flink, which
// returns null for them); malformed JSON or a bad value fails with the reason unless
// ignore-parse-errors, which skips malformed messages and sets bad fields to NULL.
import { ROW } from '../../sql/types/types.ts';
import type { Row } from '../../sql/types/values.ts';
import { WeirError } from '../../util/errors.ts';
import { decoder } from './json-decode.ts';
import { encoder } from './json-encode.ts';
import { JsonScanner, JsonSyntaxError, JsonValueError } from './json-scan.ts';
import { bool } from '../connectors/options.ts';
import { choice } from './options.ts';
import type { Deserializer, Format, FormatContext, Serializer } from './types.ts';

const STANDARDS = ['SQL', 'ISO-8601'] as const;

function preview(text: string): string {
  return text.length > 200 ? text.slice(0, 200) + '…' : text;
}

function deserializer(ctx: FormatContext): Deserializer {
  const o = ctx.options;
  const failOnMissingField = bool(o, 'fail-on-missing-field', false);
  const ignoreParseErrors = bool(o, 'ignore-parse-errors', false);
  if (failOnMissingField && ignoreParseErrors) {
    throw new WeirError('CONFIG_INVALID', "fail-on-missing-field and ignore-parse-errors shouldn't both be true", { hint: 'set one of the two json options to false' });
  }
  const root = decoder(ROW(ctx.fields), { failOnMissingField, ignoreParseErrors, standard: choice(o, 'timestamp-format.standard', STANDARDS, 'SQL') });
  const utf8 = new TextDecoder();
  const sc = new JsonScanner();
  return {
    decode(bytes: Uint8Array): Row | undefined {
      const text = utf8.decode(bytes);
      sc.reset(text);
      try {
        if (Number.isNaN(sc.peek())) return undefined;
        const row = root(sc) as Row | null;
        return row ?? undefined;
      } catch (e) {
        if (!(e instanceof JsonSyntaxError) && !(e instanceof JsonValueError)) throw e;
        if (ignoreParseErrors) return undefined;
        const field = e instanceof JsonValueError && e.path.length > 0 ? ` at field '${e.path.join('.').replaceAll('.[', '[')}'` : '';
        throw new WeirError('RECORD_CORRUPT', `Failed to deserialize JSON '${preview(text)}'${field}: ${e.message}`, {
          hint: "fix the producer, or set 'json.ignore-parse-errors' = 'true' to skip bad records",
        });
      }
    },
  };
}

function serializer(ctx: FormatContext): Serializer {
  const o = ctx.options;
  const encode = encoder(ROW(ctx.fields), {
    standard: choice(o, 'timestamp-format.standard', STANDARDS, 'SQL'),
    mapNullKeyMode: choice(o, 'map-null-key.mode', ['FAIL', 'DROP', 'LITERAL'] as const, 'FAIL'),
    mapNullKeyLiteral: o.get('map-null-key.literal') ?? 'null',
    decimalPlain: bool(o, 'encode.decimal-as-plain-number', false),
    ignoreNullFields: bool(o, 'encode.ignore-null-fields', false),
  });
  return { encode: (row: Row): Uint8Array => Buffer.from(encode(row), 'utf8') };
}

export const json: Format = { name: 'json', deserializer, serializer };

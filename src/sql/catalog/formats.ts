// Formats a table may name in `format`, `key.format` or `value.format`, with Flink's option names
// (written without the format's prefix: `ignore-parse-errors` is `json.ignore-parse-errors` under
// `format`, `value.json.ignore-parse-errors` under `value.format`).
import type { OptionSpec } from './options.ts';

const TIMESTAMP_STANDARD = ['SQL', 'ISO-8601'] as const;
const MAP_NULL_KEY_MODE = ['FAIL', 'DROP', 'LITERAL'] as const;

const json: readonly OptionSpec[] = [
  { key: 'fail-on-missing-field', type: 'boolean', default: 'false' },
  { key: 'ignore-parse-errors', type: 'boolean', default: 'false' },
  { key: 'timestamp-format.standard', type: 'enum', values: TIMESTAMP_STANDARD, default: 'SQL' },
  { key: 'map-null-key.mode', type: 'enum', values: MAP_NULL_KEY_MODE, default: 'FAIL' },
  { key: 'map-null-key.literal', type: 'string', default: 'null' },
  { key: 'encode.decimal-as-plain-number', type: 'boolean', default: 'false' },
  { key: 'encode.ignore-null-fields', type: 'boolean', default: 'false' },
];

const csv: readonly OptionSpec[] = [
  { key: 'field-delimiter', type: 'string', default: ',' },
  { key: 'disable-quote-character', type: 'boolean', default: 'false' },
  { key: 'quote-character', type: 'string', default: '"' },
  { key: 'allow-comments', type: 'boolean', default: 'false' },
  { key: 'ignore-parse-errors', type: 'boolean', default: 'false' },
  { key: 'array-element-delimiter', type: 'string', default: ';' },
  { key: 'escape-character', type: 'string' },
  { key: 'null-literal', type: 'string' },
  { key: 'write-bigdecimal-in-scientific-notation', type: 'boolean', default: 'true' },
];

const raw: readonly OptionSpec[] = [
  { key: 'charset', type: 'string', default: 'UTF-8' },
  { key: 'endianness', type: 'enum', values: ['big-endian', 'little-endian'], default: 'big-endian' },
];

const avroConfluent: readonly OptionSpec[] = [
  { key: 'url', type: 'string', required: true },
  { key: 'subject', type: 'string' },
  { key: 'schema', type: 'string' },
  { key: 'properties.*', type: 'prefix' },
  { key: 'basic-auth.credentials-source', type: 'string' },
  { key: 'basic-auth.user-info', type: 'string' },
  { key: 'bearer-auth.credentials-source', type: 'string' },
  { key: 'bearer-auth.token', type: 'string' },
  { key: 'ssl.keystore.location', type: 'string' },
  { key: 'ssl.keystore.password', type: 'string' },
  { key: 'ssl.truststore.location', type: 'string' },
  { key: 'ssl.truststore.password', type: 'string' },
  // Weir's, not Flink's: skip records that cannot be decoded, as json's and csv's option does.
  { key: 'ignore-parse-errors', type: 'boolean', default: 'false' },
];

const debeziumJson: readonly OptionSpec[] = [
  { key: 'schema-include', type: 'boolean', default: 'false' },
  { key: 'ignore-parse-errors', type: 'boolean', default: 'false' },
  { key: 'timestamp-format.standard', type: 'enum', values: TIMESTAMP_STANDARD, default: 'SQL' },
  { key: 'map-null-key.mode', type: 'enum', values: MAP_NULL_KEY_MODE, default: 'FAIL' },
  { key: 'map-null-key.literal', type: 'string', default: 'null' },
  { key: 'encode.decimal-as-plain-number', type: 'boolean', default: 'false' },
];

export interface FormatSpec {
  readonly name: string;
  readonly options: readonly OptionSpec[];
  /** False for changelog formats (debezium-json), which an upsert-kafka table cannot use. */
  readonly insertOnly: boolean;
}

export const FORMATS: Readonly<Record<string, FormatSpec>> = {
  json: { name: 'json', options: json, insertOnly: true },
  csv: { name: 'csv', options: csv, insertOnly: true },
  raw: { name: 'raw', options: raw, insertOnly: true },
  'avro-confluent': { name: 'avro-confluent', options: avroConfluent, insertOnly: true },
  'debezium-json': { name: 'debezium-json', options: debeziumJson, insertOnly: false },
};

export const FORMAT_NAMES: readonly string[] = Object.keys(FORMATS).sort();

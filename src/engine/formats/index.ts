// The formats the embedded engine runs, by the name a table gives in 'format', 'key.format' or
// 'value.format', and the options of one format as Flink hands them over: the keys under the
// format's prefix ('json.' under 'format', 'value.json.' under 'value.format', 'key.csv.' under
// 'key.format') with that prefix removed.
import { WeirError } from '../../util/errors.ts';
import { avroConfluent } from './avro-confluent.ts';
import { csv } from './csv.ts';
import { json } from './json.ts';
import { raw } from './raw.ts';
import type { Format } from './types.ts';

const FORMATS: Readonly<Record<string, Format>> = { json, csv, raw, 'avro-confluent': avroConfluent };

export function formatFor(name: string): Format {
  const format = Object.hasOwn(FORMATS, name) ? FORMATS[name] : undefined;
  if (format !== undefined) return format;
  throw new WeirError('NOT_IMPLEMENTED', `Format '${name}' is not supported by the embedded engine`, {
    hint: `use one of ${Object.keys(FORMATS).join(', ')}, or deploy the job to Flink`,
  });
}

/**
 * The format named by `formatKey` and its options without their prefix. 'value.format' falls back
 * to 'format' (Flink's fallback key), whose options are then written '<format>.<option>'.
 */
export function formatOptions(
  tableOptions: ReadonlyMap<string, string>,
  formatKey: 'format' | 'key.format' | 'value.format',
): { name: string; options: Map<string, string> } {
  let key: string = formatKey;
  let name = tableOptions.get(key);
  if (name === undefined && key === 'value.format') {
    key = 'format';
    name = tableOptions.get(key);
  }
  if (name === undefined) {
    throw new WeirError('CONFIG_INVALID', `Could not find required format option '${formatKey}'`, { hint: `set '${formatKey}', e.g. '${formatKey}' = 'json'` });
  }
  const prefix = (key === 'format' ? '' : key.slice(0, -'format'.length)) + name + '.';
  const options = new Map<string, string>();
  for (const [k, v] of tableOptions) {
    if (k.startsWith(prefix) && k.length > prefix.length) options.set(k.slice(prefix.length), v);
  }
  return { name, options };
}

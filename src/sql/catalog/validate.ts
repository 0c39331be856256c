// Checks a CREATE TABLE's WITH clause against its connector's option specs and its formats' specs.
// A pure function: it returns nothing and calls `fail(at, message)` (which throws) on the first
// problem, at the WITH entry concerned (or the `connector` entry / the statement when an option is
// missing).
import type { CreateTable, Option, Pos } from '../ast/index.ts';
import { CONNECTORS, CONNECTOR_NAMES } from './connectors.ts';
import { FORMATS, FORMAT_NAMES } from './formats.ts';
import { checkValue, didYouMean, findSpec, type OptionSpec } from './options.ts';

export type Fail = (at: Pos, message: string) => never;

export function validateTableOptions(table: CreateTable, name: string, fail: Fail): void {
  const options = new Map<string, Option>();
  for (const o of table.options) {
    if (options.has(o.key)) fail(o, `Option '${o.key}' is set more than once in table '${name}'.`);
    options.set(o.key, o);
  }
  const connector = options.get('connector');
  if (connector === undefined) fail(table, `Table options of '${name}' do not contain an option key 'connector' for discovering a connector.`);
  const spec = CONNECTORS[connector.value];
  if (spec === undefined) {
    fail(connector, `Could not find any factory for identifier '${connector.value}'${didYouMean(connector.value, CONNECTOR_NAMES)} (table '${name}'). Available factory identifiers are: ${CONNECTOR_NAMES.join(', ')}.`);
  }
  const label = `table '${name}' (connector '${spec.name}')`;
  const physical = table.columns.filter((c) => c.kind === 'physical').map((c) => c.name);

  // Formats named by the table, and the prefix their options take: 'json.' under 'format', 'key.json.' under 'key.format'.
  const formatPrefixes: { prefix: string; format: string; specs: readonly OptionSpec[] }[] = [];
  for (const key of spec.formatKeys) {
    const o = options.get(key);
    if (o === undefined) continue;
    const allowed = spec.formats ?? FORMAT_NAMES;
    const format = FORMATS[o.value];
    if (format === undefined || !allowed.includes(o.value)) {
      fail(o, `Could not find any format factory for identifier '${o.value}'${didYouMean(o.value, allowed)} in option '${key}' of ${label}. Available formats: ${allowed.join(', ')}.`);
    }
    if (spec.name === 'upsert-kafka' && !format.insertOnly) {
      fail(o, `'upsert-kafka' connector doesn't support '${o.value}' as ${key === 'key.format' ? 'key' : 'value'} format, because '${o.value}' is not in insert-only mode (${label}).`);
    }
    formatPrefixes.push({ prefix: `${key.slice(0, -'format'.length)}${format.name}.`, format: format.name, specs: format.options });
  }

  const supported = [
    'connector',
    ...spec.options.map((s) => s.key),
    ...formatPrefixes.flatMap((f) => f.specs.map((s) => f.prefix + s.key)),
  ].sort();
  const unsupported: Option[] = [];
  const checked: { option: Option; spec: OptionSpec; format?: string }[] = [];
  for (const o of table.options) {
    if (o.key === 'connector') continue;
    if (spec.name === 'datagen' && /^fields\.(.+)\.([^.]+)$/.test(o.key) && !physical.includes(/^fields\.(.+)\.[^.]+$/.exec(o.key)![1]!)) {
      continue; // an undeclared column: the datagen rule names it
    }
    const s = findSpec(spec.options, o.key, physical);
    if (s !== undefined) {
      checked.push({ option: o, spec: s });
      continue;
    }
    const f = formatPrefixes.find((p) => o.key.startsWith(p.prefix));
    const fs = f === undefined ? undefined : findSpec(f.specs, o.key.slice(f.prefix.length));
    if (f !== undefined && fs !== undefined) checked.push({ option: o, spec: fs, format: f.format });
    else unsupported.push(o);
  }
  if (unsupported.length > 0) {
    const list = unsupported.map((o) => o.key + didYouMean(o.key, supported)).join(', ');
    fail(unsupported[0]!, `Unsupported options found for '${spec.name}' (table '${name}'). Unsupported options: ${list}. Supported options: ${supported.join(', ')}.`);
  }
  for (const { option, spec: s, format } of checked) {
    const why = checkValue(s, option.value);
    if (why !== undefined) fail(option, `Invalid value '${option.value}' for option '${option.key}' of ${label}${format !== undefined ? ` (format '${format}')` : ''}: ${why}.`);
  }
  const missing = spec.options.filter((s) => s.required === true && !options.has(s.key)).map((s) => s.key);
  for (const f of formatPrefixes) missing.push(...f.specs.filter((s) => s.required === true && !options.has(f.prefix + s.key)).map((s) => f.prefix + s.key));
  if (missing.length > 0) fail(connector, `One or more required options are missing for ${label}. Missing required options: ${missing.join(', ')}.`);
  spec.rules?.({ table, label, options, physical, connectorAt: connector, fail });
}

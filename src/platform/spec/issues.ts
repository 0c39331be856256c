// zod's validation issues → SpecErrors a user can act on: the file, line and column of the field,
// its dotted path, and what is allowed ("must be one of …", "unknown field 'retension' (did you
// mean 'retention'?)", "missing required field 'owner'").
import { z } from 'zod';
import { didYouMean } from '../../sql/index.ts';
import type { SpecError } from './model.ts';
import type { YamlSource } from './yaml-source.ts';

type Path = readonly (string | number)[];

/** `spec.outputs[0].retention`; keys holding dots are quoted: `configs["max.message.bytes"]`. */
export function dotted(path: Path): string {
  let s = '';
  for (const seg of path) {
    if (typeof seg === 'number') s += `[${seg}]`;
    else if (seg.includes('.')) s += `["${seg}"]`;
    else s += s === '' ? seg : `.${seg}`;
  }
  return s;
}

export function specError(source: YamlSource, path: Path, message: string, at: 'key' | 'value' = 'value'): SpecError {
  const pos = at === 'key' ? source.keyAt(path) : source.at(path);
  return { file: source.file, line: pos.line, col: pos.col, field: dotted(path), message };
}

/** Validate a document's value with `schema`; its issues as SpecErrors (none when it is valid). */
export function validate<S extends z.ZodType>(schema: S, value: unknown, source: YamlSource): { data?: z.output<S>; errors: SpecError[] } {
  const r = schema.safeParse(value, { reportInput: true, error: messageOf });
  if (r.success) return { data: r.data, errors: [] };
  return { errors: r.error.issues.flatMap((i) => toErrors(i, [], schema, source)) };
}

function toErrors(issue: z.core.$ZodIssue, base: Path, schema: z.ZodType, source: YamlSource): SpecError[] {
  const path = [...base, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = fieldsAt(schema, path);
      return issue.keys.map((key) => {
        const hint = didYouMean(key, allowed) || `; allowed: ${allowed.join(', ')}`;
        return specError(source, [...path, key], `unknown field '${key}'${hint}`, 'key');
      });
    }
    case 'invalid_union': {
      // The branches whose type matched (an object for `{ file: … }`): report what is wrong inside.
      const matched = issue.errors.filter((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0));
      if (matched.length === 1) return matched[0]!.flatMap((i) => toErrors(i, path, schema, source));
      return [specError(source, path, issue.message)];
    }
    case 'invalid_type':
    case 'invalid_value':
      if (issue.input === undefined && path.length > 0) {
        const options = enumValues(schemasAt(schema, path));
        const hint = options.length > 0 ? ` (one of ${options.join(', ')})` : '';
        return [specError(source, path, `missing required field '${String(path.at(-1))}'${hint}`)];
      }
      return [specError(source, path, issue.message)];
    default:
      return [specError(source, path, issue.message)];
  }
}

/** Messages for zod's generic issues (a schema's own `error` takes precedence). */
function messageOf(iss: z.core.$ZodRawIssue): string | undefined {
  switch (iss.code) {
    case 'invalid_type':
      return `must be ${TYPE_WORDS[iss.expected] ?? iss.expected}${got(iss.input)}`;
    case 'invalid_value':
      return iss.values.length === 1
        ? `must be ${String(iss.values[0])}${got(iss.input)}`
        : `must be one of ${iss.values.map(String).join(', ')}${got(iss.input)}`;
    case 'too_small':
      if (iss.origin === 'array') return `must have at least ${iss.minimum} item${iss.minimum === 1 ? '' : 's'}`;
      if (iss.origin === 'string') return 'must not be empty';
      return `must be at least ${iss.minimum}${got(iss.input)}`;
    case 'too_big':
      if (iss.origin === 'array') return `must have at most ${iss.maximum} items`;
      if (iss.origin === 'string') return `must be at most ${iss.maximum} characters`;
      return `must be at most ${iss.maximum}${got(iss.input)}`;
    case 'invalid_format':
      return `must match ${iss.pattern ?? iss.format}${got(iss.input)}`;
    default:
      return undefined;
  }
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping (field: value)',
  record: 'a mapping (key: value)',
  array: 'a list',
};

function got(input: unknown): string {
  if (input === undefined) return '';
  if (input === null) return ' (it is empty)';
  if (Array.isArray(input)) return ' (got a list)';
  if (typeof input === 'object') return ' (got a mapping)';
  if (typeof input === 'string') return ` (got '${input}')`;
  return ` (got ${String(input)})`;
}

/** The schemas that may describe the value at `path` (a union gives several). */
function schemasAt(schema: z.ZodType, path: Path): z.ZodType[] {
  let here = expand(schema);
  for (const seg of path) {
    here = here.flatMap((s) => {
      if (s instanceof z.ZodObject && typeof seg === 'string') return seg in s.shape ? expand(s.shape[seg] as z.ZodType) : [];
      if (s instanceof z.ZodArray && typeof seg === 'number') return expand(s.element as z.ZodType);
      if (s instanceof z.ZodRecord && typeof seg === 'string') return expand(s.valueType as z.ZodType);
      return [];
    });
  }
  return here;
}

/** Wrappers removed, unions opened. */
function expand(schema: z.ZodType): z.ZodType[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) return expand(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).flatMap(expand);
  return [schema];
}

function fieldsAt(schema: z.ZodType, path: Path): string[] {
  return [...new Set(schemasAt(schema, path).flatMap((s) => (s instanceof z.ZodObject ? Object.keys(s.shape) : [])))];
}

function enumValues(schemas: readonly z.ZodType[]): string[] {
  return schemas.flatMap((s) => (s instanceof z.ZodEnum ? s.options.map(String) : s instanceof z.ZodLiteral ? [...s.values].map(String) : []));
}

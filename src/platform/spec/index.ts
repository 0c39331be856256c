// The spec loader: an estate's files (YAML specs with `apiVersion: weir/v1`, and the SQL and schema
// files they name) → the Estate model, with every error found — YAML syntax, schema, missing
// files, duplicate names (pipelines, topic contracts, schema subjects, a pipeline's alert kinds) —
// as a SpecError naming the file, line, column and field. Loading never stops at the first error;
// the estate is unusable while `errors` is not empty.
import { isScalar, LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { Policy } from '../policy/types.ts';
import type { Estate, Pipeline, SchemaContract, SourcePos, SpecError, SpecFile, TopicContract } from './model.ts';
import { resolvePath, toPipeline, toTopicDocument, type Context } from './convert.ts';
import { dotted, specError, validate } from './issues.ts';
import { toPolicy } from './policy.ts';
import { DOCUMENT_SCHEMAS, type DocumentKind } from './schema.ts';
import { YamlSource } from './yaml-source.ts';

export { specJsonSchema } from './schema.ts';

const KINDS = Object.keys(DOCUMENT_SCHEMAS) as DocumentKind[];

export function isSpecFile(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

export function loadEstate(files: readonly SpecFile[]): Estate {
  const byPath = new Map(files.map((f) => [resolvePath('', f.path), f]));
  const errors: SpecError[] = [];
  const pipelines: Pipeline[] = [];
  const topics: TopicContract[] = [];
  let policy: Policy | undefined;
  const pipelineAt = new Map<string, SourcePos>();
  const topicAt = new Map<string, SourcePos>();
  const subjects: Subjects = new Map();

  for (const file of files.filter((f) => isSpecFile(f.path))) {
    const lines = new LineCounter();
    for (const doc of parseAllDocuments(file.text, { lineCounter: lines, prettyErrors: false })) {
      const source = new YamlSource(file.path, file.text, doc, lines);
      if (doc.errors.length > 0) {
        for (const e of doc.errors) {
          const { line, col } = lines.linePos(e.pos[0]);
          errors.push({ file: file.path, line, col, field: '', message: `YAML syntax error: ${e.message}` });
        }
        continue;
      }
      if (isEmpty(doc)) continue;
      const ctx: Context = { source, files: byPath, errors };
      const loaded = loadDocument(doc.toJS(), ctx);
      if (loaded === undefined) continue;

      if (loaded.kind === 'Policy') {
        if (policy === undefined) policy = loaded.policy;
        else errors.push(specError(source, ['kind'], `a second Policy document: an estate has one policy (the first is at ${where(policy.source.at([]))}); merge the two`));
      } else if (loaded.kind === 'Pipeline') {
        const p = loaded.pipeline;
        const first = pipelineAt.get(p.name);
        if (first !== undefined) {
          errors.push(specError(source, ['metadata', 'name'], `pipeline '${p.name}' is already defined at ${where(first)}; pipeline names must be unique in the estate`));
          continue;
        }
        pipelineAt.set(p.name, source.at(['metadata', 'name']));
        pipelines.push({ ...p, outputs: p.outputs.filter((o) => claimTopic(o, topicAt, errors) && claimSubjects(o, subjects, errors)) });
      } else if (claimTopic(loaded.topic, topicAt, errors) && claimSubjects(loaded.topic, subjects, errors)) {
        topics.push(loaded.topic);
      }
    }
  }
  const order = new Map(files.map((f, i) => [f.path, i]));
  errors.sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) || a.line - b.line || a.col - b.col);
  return { pipelines, topics, ...(policy === undefined ? {} : { policy }), errors };
}

type Loaded =
  | { readonly kind: 'Pipeline'; readonly pipeline: Pipeline }
  | { readonly kind: 'Topic'; readonly topic: TopicContract }
  | { readonly kind: 'Policy'; readonly policy: Policy };

/** One YAML document: its kind checked, validated with that kind's schema, converted. */
function loadDocument(value: unknown, ctx: Context): Loaded | undefined {
  const { source, errors } = ctx;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    errors.push(specError(source, [], 'a spec document must be a mapping with apiVersion, kind, metadata and spec'));
    return undefined;
  }
  const kind = (value as Record<string, unknown>)['kind'];
  if (!KINDS.includes(kind as DocumentKind)) {
    const message = kind === undefined ? `missing required field 'kind' (one of ${KINDS.join(', ')})` : `must be one of ${KINDS.join(', ')} (got '${String(kind)}')`;
    errors.push(specError(source, ['kind'], message));
    return undefined;
  }
  switch (kind as DocumentKind) {
    case 'Pipeline': {
      const r = validate(DOCUMENT_SCHEMAS.Pipeline, value, source);
      errors.push(...r.errors);
      return r.data === undefined ? undefined : { kind: 'Pipeline', pipeline: toPipeline(r.data, ctx) };
    }
    case 'Topic': {
      const r = validate(DOCUMENT_SCHEMAS.Topic, value, source);
      errors.push(...r.errors);
      return r.data === undefined ? undefined : { kind: 'Topic', topic: toTopicDocument(r.data, ctx) };
    }
    case 'Policy': {
      const r = validate(DOCUMENT_SCHEMAS.Policy, value, source);
      errors.push(...r.errors);
      return r.data === undefined ? undefined : { kind: 'Policy', policy: toPolicy(r.data, source) };
    }
  }
}

/** Records the first contract of a topic name; a second one is an error (one contract per topic). */
function claimTopic(t: TopicContract, topicAt: Map<string, SourcePos>, errors: SpecError[]): boolean {
  const namePath = t.pipeline === undefined ? ['metadata', 'name'] : [...t.path, 'name'];
  const first = topicAt.get(t.name);
  if (first !== undefined) {
    const pos = t.source.at(namePath);
    errors.push({ ...pos, field: dotted(namePath), message: `topic '${t.name}' already has a contract at ${where(first)}; a topic is declared once in the estate (as a Topic document or one pipeline's output)` });
    return false;
  }
  topicAt.set(t.name, t.source.at(namePath));
  return true;
}

type Subjects = Map<string, { readonly schema: SchemaContract; readonly topic: string; readonly at: SourcePos }>;

/** Records the schema subjects of a contract; a subject another topic names with a different
 * schema, format or compatibility is an error (the registry keeps one line of versions per subject,
 * and apply would register only one of the two). Topics sharing one schema may share its subject. */
function claimSubjects(t: TopicContract, subjects: Subjects, errors: SpecError[]): boolean {
  let ok = true;
  for (const [field, schema] of [['schema', t.valueSchema], ['keySchema', t.keySchema]] as const) {
    if (schema === undefined) continue;
    const path = [...t.path, field];
    const first = subjects.get(schema.subject);
    if (first === undefined) {
      subjects.set(schema.subject, { schema, topic: t.name, at: t.source.at(path) });
    } else if (first.schema.schema !== schema.schema || first.schema.format !== schema.format || first.schema.compatibility !== schema.compatibility) {
      errors.push({
        ...t.source.at(path),
        field: dotted(path),
        message: `subject '${schema.subject}' is already the schema of topic ${first.topic} at ${where(first.at)} with another schema, format or compatibility; a subject has one schema contract, so give this one its own subject or make the two the same`,
      });
      ok = false;
    }
  }
  return ok;
}

function isEmpty(doc: Document): boolean {
  return doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null);
}

function where(p: SourcePos): string {
  return `${p.file}:${p.line}:${p.col}`;
}

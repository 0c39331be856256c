// The weir/v1 spec documents as zod schemas — one per kind (Pipeline, Topic, Policy) — and the JSON
// Schema generated from them for editors (docs/weir-v1.schema.json, `npm run gen:spec-schema`).
// These only validate; convert.ts and policy.ts turn a valid document into the model. Defaults
// (also visible in the JSON Schema):
//   topic contracts: partitions 1, retention 7d, cleanupPolicy delete, configs {}; role
//     source-of-record for kind Topic, derived for a pipeline's outputs (which may not be
//     source-of-record); a schema's subject <topic>-value / <topic>-key, compatibility BACKWARD;
//   pipelines: sources/outputs/sinks/acls/alerts [], labels {}; an alert's `for` 0, severity page;
//     replay checkpointRestore and delayedRecovery 0; cost tags {}; an ACL's topics/groups [];
//   policy: estate {} and classes {} (no rules).
import { z } from 'zod';
import { DURATION_HINT, DURATION_SOURCE } from './duration.ts';

const text = z.string().min(1);
/** Labels, tags, configs: values may be written as numbers or booleans; they are kept as text. */
const scalarMap = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()], { error: 'must be text, a number or true/false' }));

const durationText = `(?=\\d)${DURATION_SOURCE}`;
const duration = z.union([
  z.string().regex(new RegExp(`^${durationText}$`), { error: `must be ${DURATION_HINT}` }),
  z.number().int({ error: `must be ${DURATION_HINT}` }).min(0, { error: 'must not be negative' }),
], { error: `must be ${DURATION_HINT}` }).meta({ id: 'Duration', description: `A duration: ${DURATION_HINT}.` });
const retention = z.union([
  z.string().regex(new RegExp(`^(infinite|${durationText})$`), { error: `must be 'infinite' or ${DURATION_HINT}` }),
  z.number().int({ error: `must be 'infinite' or ${DURATION_HINT}` }).min(0, { error: 'must not be negative' }),
], { error: `must be 'infinite' or ${DURATION_HINT}` }).meta({ id: 'Retention', description: `retention.ms of the topic: 'infinite' or ${DURATION_HINT}.` });

const isoDate = z.string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/, { error: 'must be an ISO date like 2026-12-01 or 2026-12-01T00:00:00Z' })
  .refine((s) => !Number.isNaN(Date.parse(s)), { error: 'must be a real date (this one does not exist)' });
/** A bound of a migration's input range: an ISO timestamp or an offset. */
const rangePoint = z.union([z.string().min(1), z.number().int().min(0)], { error: 'must be an ISO timestamp or an offset' });

const topicName = z.string().regex(/^[a-zA-Z0-9._-]{1,249}$/, { error: 'must be a Kafka topic name: 1 to 249 letters, digits, dots, underscores or dashes' }).meta({ id: 'TopicName' });
const pipelineName = z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]{0,127}$/, { error: 'must be 1 to 128 letters, digits, dots, underscores or dashes, starting with a letter or digit' });
const regex = z.string().superRefine((s, ctx) => {
  try {
    new RegExp(s);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: `must be a regular expression (${(e as Error).message})` });
  }
});

export const WORKLOAD_CLASS_VALUES = ['operational', 'analytical', 'migration', 'exploratory'] as const;
const ACL_OPERATIONS = ['read', 'write', 'describe', 'create', 'delete', 'alter', 'all'] as const;
const ALERT_KINDS = ['lag', 'checkpoint-age', 'error-rate'] as const;

const owner = z.strictObject({
  team: text.describe('The owning team.'),
  onCall: text.optional().describe('Where to page, e.g. pager:checkout.'),
  escalation: text.optional(),
}).meta({ id: 'Owner' });

const schemaContract = z.strictObject({
  subject: text.optional().describe('Registry subject; default <topic>-value (or <topic>-key for keySchema).'),
  format: z.enum(['AVRO', 'JSON', 'PROTOBUF']),
  compatibility: z.enum(['NONE', 'BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE']).default('BACKWARD'),
  schema: text.optional().describe('The schema text (Avro JSON, JSON Schema or .proto source).'),
  file: text.optional().describe('A file holding the schema, relative to this spec file.'),
}).refine((s) => (s.schema === undefined) !== (s.file === undefined), {
  error: "needs exactly one of 'schema' (the schema text) or 'file' (a path relative to this spec file)",
}).meta({ id: 'SchemaContract' });

const reservedConfigs: Readonly<Record<string, string>> = { 'retention.ms': 'retention', 'cleanup.policy': 'cleanupPolicy' };
const topicFields = {
  partitions: z.number().int().min(1).default(1),
  retention: retention.default('7d'),
  cleanupPolicy: z.enum(['delete', 'compact', 'compact,delete']).default('delete'),
  key: text.optional().describe('The record key (column or field name).'),
  configs: scalarMap.superRefine((configs, ctx) => {
    for (const [k, field] of Object.entries(reservedConfigs)) {
      if (k in configs) ctx.addIssue({ code: 'custom', path: [k], message: `'${k}' is set by the contract's '${field}' field; set it there` });
    }
  }).default({}).describe('Other Kafka topic configs, passed through as written.'),
  schema: schemaContract.optional().describe('The value schema contract.'),
  keySchema: schemaContract.optional().describe('The key schema contract.'),
  classification: text.optional(),
};

const output = z.strictObject({
  name: topicName,
  role: z.enum(['derived', 'transient']).default('derived'),
  ...topicFields,
});

const sink = z.strictObject({
  name: text,
  connector: text.optional(),
  owner: text.optional().describe('The team that owns the sink.'),
  retries: z.number().int().min(0).optional(),
  deadLetter: topicName.optional().describe('Topic that receives records the sink cannot write.'),
});

const acl = z.strictObject({
  principal: z.string().regex(/^[A-Za-z]+:.+$/, { error: 'must be a Kafka principal like User:svc-orders' }),
  operations: z.array(z.enum(ACL_OPERATIONS)).min(1),
  topics: z.array(topicName).default([]),
  groups: z.array(text).default([]),
});

const alert = z.strictObject({
  kind: z.enum(ALERT_KINDS),
  threshold: z.number().min(0),
  for: duration.default(0),
  severity: z.enum(['page', 'ticket', 'info']).default('page'),
});

export const pipelineSpec = z.strictObject({
  class: z.enum(WORKLOAD_CLASS_VALUES),
  description: z.string().optional(),
  owner,
  sources: z.array(topicName).default([]).describe('Topics the SQL reads.'),
  outputs: z.array(output).default([]).describe('Topics this pipeline owns and writes, each a topic contract.'),
  sql: z.union([text, z.strictObject({ file: text })], { error: 'must be the SQL text (sql: | …) or { file: path/to/script.sql }' }),
  sinks: z.array(sink).default([]),
  acls: z.array(acl).default([]),
  replay: z.strictObject({
    window: duration.describe('How far back the pipeline must be able to recompute.'),
    checkpointRestore: duration.default(0),
    delayedRecovery: duration.default(0),
  }).optional(),
  recovery: z.strictObject({ objective: duration }).optional(),
  cost: z.strictObject({ domain: text, tags: scalarMap.default({}) }).optional(),
  alerts: z.array(alert).default([]),
  rollback: z.strictObject({ enabled: z.boolean() }).optional(),
  batching: z.strictObject({ maxRecords: z.number().int().min(1).optional(), interval: duration.optional() }).optional(),
  classification: text.optional().describe('Data classification (also the default of each output).'),
  migration: z.strictObject({
    input: z.strictObject({ from: rangePoint, to: rangePoint }).optional().describe('Bounded input range: ISO timestamps or offsets.'),
    cutoff: isoDate.optional().describe('When the old path is switched off.'),
    validation: z.strictObject({ kind: text, options: scalarMap.default({}) }).optional(),
  }).optional(),
  expires: z.union([isoDate, duration], { error: `must be an ISO date like 2026-12-01, or ${DURATION_HINT} (counted from the first apply)` })
    .optional().describe('Exploratory pipelines: when the pipeline expires — a date, or a duration counted from its first apply (14d).'),
});

export const topicSpec = z.strictObject({
  role: z.enum(['source-of-record', 'derived', 'transient']).default('source-of-record'),
  owner,
  ...topicFields,
});

const boolRule = z.boolean().optional();
const classRules = z.strictObject({
  'on-call': boolRule,
  alerts: z.array(z.enum(ALERT_KINDS)).optional(),
  'production-acls': z.strictObject({ principal: regex.optional() }).optional(),
  rollback: boolRule,
  'sink-owner': boolRule,
  batching: boolRule,
  classification: z.array(text).optional(),
  'cost-tags': z.array(text).optional(),
  'bounded-input': boolRule,
  'source-retention': boolRule,
  'output-validation': boolRule,
  cutoff: boolRule,
  expiry: z.strictObject({ maxDays: z.number().int().min(1) }).optional(),
  'limited-privileges': z.strictObject({ maxPartitions: z.number().int().min(1).optional(), operations: z.array(z.enum(ACL_OPERATIONS)).optional() }).optional(),
  'no-dependents': boolRule,
}).meta({ id: 'ClassRules', description: 'The rules pipelines of this workload class must follow.' });

export const policySpec = z.strictObject({
  estate: z.strictObject({
    'topic-naming': z.strictObject({ pattern: regex }).optional(),
    partitions: z.strictObject({ min: z.number().int().min(1).optional(), max: z.number().int().min(1).optional() }).optional(),
    retention: z.strictObject({ min: duration.optional(), max: duration.optional() }).optional(),
    'required-labels': z.array(text).optional(),
  }).default({}),
  classes: z.strictObject(Object.fromEntries(WORKLOAD_CLASS_VALUES.map((c) => [c, classRules.optional()])) as Record<(typeof WORKLOAD_CLASS_VALUES)[number], z.ZodOptional<typeof classRules>>).default({}),
});

const apiVersion = z.literal('weir/v1');

export const pipelineDocument = z.strictObject({
  apiVersion,
  kind: z.literal('Pipeline'),
  metadata: z.strictObject({ name: pipelineName, labels: scalarMap.default({}).describe('Observability labels on the job\'s metrics and alerts.') }),
  spec: pipelineSpec,
});

export const topicDocument = z.strictObject({
  apiVersion,
  kind: z.literal('Topic'),
  metadata: z.strictObject({ name: topicName }),
  spec: topicSpec,
});

export const policyDocument = z.strictObject({
  apiVersion,
  kind: z.literal('Policy'),
  metadata: z.strictObject({ name: text }),
  spec: policySpec,
});

export const DOCUMENT_SCHEMAS = { Pipeline: pipelineDocument, Topic: topicDocument, Policy: policyDocument } as const;
export type DocumentKind = keyof typeof DOCUMENT_SCHEMAS;

export type PipelineDocument = z.output<typeof pipelineDocument>;
export type TopicDocument = z.output<typeof topicDocument>;
export type PolicyDocument = z.output<typeof policyDocument>;
export type TopicFields = z.output<typeof output> | z.output<typeof topicSpec>;
export type SchemaContractDocument = z.output<typeof schemaContract>;

/** The JSON Schema of a weir/v1 document (any kind), for editors (yaml-language-server etc.). */
export function specJsonSchema(): Record<string, unknown> {
  const union = z.discriminatedUnion('kind', [pipelineDocument, topicDocument, policyDocument]);
  const { $schema, ...schema } = z.toJSONSchema(union, { io: 'input' });
  return {
    $schema,
    $comment: 'Generated from src/platform/spec/schema.ts by scripts/gen-spec-schema.ts — do not edit.',
    title: 'Weir spec (apiVersion weir/v1: Pipeline, Topic, Policy)',
    ...schema,
  };
}

/** The JSON Schema as the committed file docs/weir-v1.schema.json holds it. */
export function specJsonSchemaText(): string {
  return `${JSON.stringify(specJsonSchema(), null, 2)}\n`;
}

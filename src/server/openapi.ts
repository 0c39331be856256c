// The OpenAPI 3.1 document of Weir's HTTP API (served at GET /openapi.json): every route app.ts
// serves, with its request and response bodies as JSON Schema. The schemas mirror the platform's
// types (platform/api.ts, plan/types.ts, lineage/types.ts, policy/types.ts) field for field and
// forbid other properties, so that app.test.ts, which validates real responses against them, fails
// when a type gains a field this document does not describe. The Confluent Schema Registry paths
// (server/registry.ts) are referenced by a tag, not described: Confluent's documentation is theirs.
type Schema = Record<string, unknown>;

const str: Schema = { type: 'string' };
const int: Schema = { type: 'integer' };
const bool: Schema = { type: 'boolean' };
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const arr = (items: Schema): Schema => ({ type: 'array', items });
const oneOf = (...values: string[]): Schema => ({ type: 'string', enum: values });
const strings = arr(str);
const stringMap = (values: Schema): Schema => ({ type: 'object', additionalProperties: values });

/** An object with these required properties and these optional ones, and no others. */
function obj(required: Record<string, Schema>, optional: Record<string, Schema> = {}, description?: string): Schema {
  return {
    type: 'object',
    ...(description === undefined ? {} : { description }),
    properties: { ...required, ...optional },
    required: Object.keys(required),
    additionalProperties: false,
  };
}

const sourcePos = obj({ file: str, line: int, col: int }, {}, 'A place in a spec file (1-based line and column).');

const change = obj({
  kind: oneOf('topic', 'schema', 'acl', 'job', 'alert', 'tag', 'pipeline'),
  action: oneOf('create', 'update', 'delete'),
  id: { type: 'string', description: "The resource: topic name, schema subject, 'User:x read topic:y', pipeline name, 'pipeline/alert-kind'…" },
  owner: { type: 'string', description: "The pipeline (or 'topic <name>' document) it belongs to." },
  details: { ...strings, description: "Lines for the diff, e.g. 'partitions: 3 → 6'." },
});

const pipelineSummary = {
  name: str,
  class: oneOf('operational', 'analytical', 'migration', 'exploratory'),
  owner: str,
  status: { type: 'string', description: 'The job state: running, restarting, finished, failed, stopped or absent.' },
  version: int,
  health: oneOf('healthy', 'degraded', 'failed', 'stopped', 'expired'),
  reasons: { ...strings, description: "Why health is not 'healthy' (firing alerts, failure, expiry)." },
  updatedAt: { type: 'string', format: 'date-time' },
};

const lineageNode = obj(
  { id: { type: 'string', description: "'topic:orders', 'pipeline:enrich', 'sink:filesystem:/out', 'group:billing'" }, kind: oneOf('topic', 'pipeline', 'sink', 'group'), name: str },
  { owner: str },
);

const schemas: Record<string, Schema> = {
  Error: obj({
    error: obj(
      { code: { type: 'string', description: 'A Weir error code (SPEC_INVALID, NOT_FOUND, CONFLICT, CLUSTER, INTERNAL…) or BAD_REQUEST / PAYLOAD_TOO_LARGE for a request Weir could not read.' }, message: str },
      { name: str, domain: oneOf('user', 'external', 'internal'), retriable: bool, where: { type: 'string', description: 'file:line:col, topic, field or request body path' }, hint: { type: 'string', description: 'What to do about it.' } },
    ),
  }),
  Health: obj({ status: oneOf('ok') }),
  SpecFile: obj({ path: { type: 'string', description: 'Relative to the estate directory.' }, text: str }, {}, '.yaml/.yml files are specs; .sql, .avsc, .json and .proto files are read when a spec names them with `file:`.'),
  PlanRequest: obj({ files: arr(ref('SpecFile')) }),
  ApplyRequest: obj({ files: arr(ref('SpecFile')) }, { expect: { type: 'string', description: 'The fingerprint of the plan the user confirmed; apply refuses (409) if its own plan differs.' } }),
  ImportRequest: obj({ bootstrap: { type: 'string', description: 'host:port[,host:port…] of any Kafka cluster' } }),
  SourcePos: sourcePos,
  SpecError: obj({ file: str, line: int, col: int, field: { type: 'string', description: 'Dotted path of the field.' }, message: str }),
  Violation: obj(
    { rule: { type: 'string', description: "'estate.topic-naming', 'operational.on-call', 'replay.retention', 'contract.undeclared-source'…" }, subject: str, message: str, at: ref('SourcePos') },
    { ruleAt: { ...ref('SourcePos'), description: 'Where the policy file sets the rule (absent for always-on rules).' } },
  ),
  Change: change,
  PlanResult: obj({
    ok: { type: 'boolean', description: 'No spec errors and no violations: apply would go ahead.' },
    changes: arr(ref('Change')),
    violations: arr(ref('Violation')),
    errors: arr(ref('SpecError')),
    fingerprint: { type: 'string', description: 'A hash of the changes; pass it to apply as `expect`.' },
  }),
  ApplyRecord: obj({
    id: int,
    user: str,
    at: { type: 'string', format: 'date-time' },
    changes: int,
    versions: { ...stringMap(int), description: 'Pipeline name → version created by this apply.' },
    summary: str,
  }),
  ApplyResult: obj(
    { plan: ref('PlanResult'), applied: { type: 'boolean', description: 'False when refused or rolled back.' } },
    {
      failure: obj({ change: ref('Change'), message: str, rolledBack: arr(ref('Change')) }, {}, 'The step that failed and what was undone.'),
      record: ref('ApplyRecord'),
    },
  ),
  PipelineSummary: obj(pipelineSummary),
  JobHealth: obj(
    { state: oneOf('running', 'restarting', 'finished', 'failed', 'stopped', 'absent'), restarts: int, recordsIn: int, recordsOut: int, jobs: arr(obj({ id: str, state: str })) },
    { error: str, checkpointAgeMs: int },
  ),
  PipelineVersion: obj({ version: int, appliedAt: { type: 'string', format: 'date-time' }, appliedBy: str, spec: { type: 'string', description: 'The spec document as YAML.' }, sql: str }),
  PipelineDetail: obj(
    { ...pipelineSummary, job: ref('JobHealth'), versions: arr(ref('PipelineVersion')), sources: strings, outputs: strings, labels: stringMap(str), alerts: arr(obj({ kind: str, threshold: { type: 'number' }, firing: bool })) },
    { cost: obj({ domain: str, tags: stringMap(str) }) },
  ),
  LineageNode: lineageNode,
  LineageEdge: obj({ from: str, to: str }),
  LineageGraph: obj({ nodes: arr(ref('LineageNode')), edges: arr(ref('LineageEdge')) }),
  LineageView: obj({ node: ref('LineageNode'), upstream: arr(ref('LineageNode')), downstream: arr(ref('LineageNode')), edges: arr(ref('LineageEdge')) }),
  InventoryTopic: obj(
    {
      name: str,
      writers: { ...strings, description: 'Pipelines that write it.' },
      readers: { ...strings, description: "Pipelines and consumer groups ('group:<id>') that read it." },
      breaksIfChanged: { ...strings, description: 'Everything downstream: what breaks if it changes.' },
      flags: { ...strings, description: "'no-owner', 'no-contract', 'not-on-cluster', 'no-schema'" },
    },
    { owner: str, role: oneOf('source-of-record', 'derived', 'transient'), pipeline: str, partitions: int, retentionMs: int },
  ),
  InventoryGroup: obj({ id: str, state: str, members: int, topics: strings }, { lag: int }),
  Inventory: obj({ cluster: str, scannedAt: { type: 'string', format: 'date-time' }, topics: arr(ref('InventoryTopic')), groups: arr(ref('InventoryGroup')) }),
};

const json = (schema: Schema, description: string): Schema => ({ description, content: { 'application/json': { schema } } });
const error = (description: string): Schema => json(ref('Error'), description);
const badRequest = error('The body is not JSON or not the shape this route takes (BAD_REQUEST), or a user error.');
const tooLarge = error('The body is larger than 32 MiB.');
const nameParam = (description: string): Schema => ({ name: 'name', in: 'path', required: true, schema: str, description });

const paths: Record<string, Record<string, Schema>> = {
  '/healthz': { get: { operationId: 'health', tags: ['server'], summary: 'Liveness', responses: { 200: json(ref('Health'), 'Weir is serving') } } },
  '/openapi.json': { get: { operationId: 'openapi', tags: ['server'], summary: 'This document', responses: { 200: json({ type: 'object' }, 'The OpenAPI 3.1 document') } } },
  '/api/v1/spec-schema': {
    get: { operationId: 'specSchema', tags: ['specs'], summary: "The JSON Schema of spec documents (apiVersion weir/v1, kinds Pipeline, Topic, Policy), for editors", responses: { 200: json({ type: 'object' }, 'A JSON Schema (draft 2020-12)') } },
  },
  '/api/v1/plan': {
    post: {
      operationId: 'plan', tags: ['specs'], summary: 'Every change apply would make, and every spec error and policy violation',
      requestBody: { required: true, content: { 'application/json': { schema: ref('PlanRequest') } } },
      responses: { 200: json(ref('PlanResult'), 'The plan (ok is false when it has errors or violations)'), 400: badRequest, 413: tooLarge, 502: error('The cluster could not be read') },
    },
  },
  '/api/v1/apply': {
    post: {
      operationId: 'apply', tags: ['specs'], summary: 'Performs the plan all or nothing; idempotent; records who, what and when',
      parameters: [{ name: 'X-Weir-User', in: 'header', required: false, schema: str, description: "Who applies (recorded); 'anonymous' when absent" }],
      requestBody: { required: true, content: { 'application/json': { schema: ref('ApplyRequest') } } },
      responses: {
        200: json(ref('ApplyResult'), 'Applied, or nothing to do'),
        409: json(ref('ApplyResult'), 'Refused before any change: spec errors, policy violations, or the plan differs from `expect`'),
        422: json(ref('ApplyResult'), 'A step failed; everything done before it was rolled back (see failure)'),
        400: badRequest, 413: tooLarge,
      },
    },
  },
  '/api/v1/pipelines': {
    get: { operationId: 'pipelines', tags: ['pipelines'], summary: 'Every applied pipeline with class, owner, status, version and health', responses: { 200: json(arr(ref('PipelineSummary')), 'The pipelines') } },
  },
  '/api/v1/pipelines/{name}': {
    get: {
      operationId: 'pipeline', tags: ['pipelines'], summary: 'One pipeline: its job, versions, topics, labels, cost and alerts',
      parameters: [nameParam('The pipeline name')],
      responses: { 200: json(ref('PipelineDetail'), 'The pipeline'), 404: error('No such pipeline') },
    },
  },
  '/api/v1/applies': {
    get: {
      operationId: 'applies', tags: ['pipelines'], summary: 'The apply audit log, newest first',
      parameters: [{ name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1 }, description: 'At most this many' }],
      responses: { 200: json(arr(ref('ApplyRecord')), 'The records'), 400: badRequest },
    },
  },
  '/api/v1/lineage': {
    get: { operationId: 'lineageGraph', tags: ['lineage'], summary: 'The whole lineage graph, built from the pipelines’ SQL and the consumer groups', responses: { 200: json(ref('LineageGraph'), 'The graph') } },
  },
  '/api/v1/lineage/{name}': {
    get: {
      operationId: 'lineage', tags: ['lineage'], summary: 'Upstream and downstream of a topic or pipeline',
      parameters: [nameParam("A topic or pipeline name (topics first); 'topic:x' or 'pipeline:x' forces the kind")],
      responses: { 200: json(ref('LineageView'), 'The node, what it depends on and what depends on it'), 404: error('No such node') },
    },
  },
  '/api/v1/inventory': {
    get: { operationId: 'inventory', tags: ['lineage'], summary: 'The managed cluster’s topics and groups with owners, contracts, readers, writers and flags', responses: { 200: json(ref('Inventory'), 'The inventory'), 502: error('The cluster could not be read') } },
  },
  '/api/v1/import': {
    post: {
      operationId: 'import', tags: ['lineage'], summary: 'Scans any Kafka cluster over the admin protocol and builds its inventory (kept as the latest import)',
      requestBody: { required: true, content: { 'application/json': { schema: ref('ImportRequest') } } },
      responses: { 200: json(ref('Inventory'), 'The inventory, ownerless topics flagged'), 400: badRequest, 502: error('The cluster could not be reached or read') },
    },
  },
};

/** The OpenAPI 3.1 document. */
export function openApiDocument(): Schema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Weir',
      version: 'v1',
      description: 'Weir’s platform API: plan and apply pipeline specs, list pipelines, lineage and inventory, import a cluster. Errors are JSON `{error: {code, message, where?, hint?}}`. docs/api.md has an overview.',
    },
    tags: [
      { name: 'specs' }, { name: 'pipelines' }, { name: 'lineage' }, { name: 'server' },
      {
        name: 'schema-registry',
        description: 'Weir also serves the Confluent Schema Registry API at the root: /subjects[/{subject}[/versions[/{version}[/schema|/referencedby]]]], /schemas, /schemas/types, /schemas/ids/{id}[/schema|/versions|/subjects], /compatibility/subjects/{subject}/versions[/{version}], /config[/{subject}], /mode[/{subject}]. Its requests, responses and errors ({error_code, message}) are Confluent’s.',
        externalDocs: { url: 'https://docs.confluent.io/platform/current/schema-registry/develop/api.html' },
      },
    ],
    paths,
    components: { schemas },
  };
}

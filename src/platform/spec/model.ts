// The platform's model of an estate: what `weir plan` reads from spec files (YAML documents with
// `apiVersion: weir/v1` and `kind: Pipeline | Topic | Policy`), after validation. Durations and
// sizes are already numbers here (ms, bytes); every object keeps where it came from so that policy
// violations can point at the file, line and column of the field that breaks a rule.
//
// The YAML shape (docs/platform.md has the full reference; the JSON Schema is generated from
// spec/schema.ts):
//
//   apiVersion: weir/v1
//   kind: Pipeline
//   metadata: { name: order-enrichment, labels: { team: checkout } }     # labels = observability labels
//   spec:
//     class: operational                  # operational | analytical | migration | exploratory
//     description: …
//     owner: { team: checkout, onCall: pager:checkout, escalation: … }
//     sources: [orders, customers]        # topics read (contracts: kind Topic, or another pipeline's output)
//     outputs:                            # derived topics this pipeline owns, each a topic contract
//       - name: orders.enriched
//         role: derived                   # derived | transient (source-of-record only via kind Topic)
//         partitions: 6
//         retention: 7d                   # duration, or "infinite"
//         cleanupPolicy: delete           # delete | compact | compact,delete
//         key: order_id
//         configs: { max.message.bytes: "1048576" }   # any other Kafka topic config, passed through
//         schema: { subject: orders.enriched-value, format: AVRO, compatibility: BACKWARD,
//                   schema: '…' | file: x.avsc }
//         keySchema: { … }                # optional, same shape
//     sql: |                              # or sql: { file: enrich.sql }
//       CREATE TABLE …; INSERT INTO …;
//     sinks: [{ name: warehouse, connector: filesystem, owner: analytics, retries: 3, deadLetter: topic }]
//     acls: [{ principal: User:svc-checkout, operations: [read], topics: [orders.enriched], groups: [] }]
//     replay: { window: 3d, checkpointRestore: 1h, delayedRecovery: 12h }
//     recovery: { objective: 15m }
//     cost: { domain: checkout, tags: { cost-center: cc-104 } }
//     alerts: [{ kind: lag, threshold: 10000, for: 5m, severity: page }]
//     rollback: { enabled: true }
//     batching: { maxRecords: 5000, interval: 30s }        # analytical
//     classification: internal                             # analytical
//     migration: { input: { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' },
//                  cutoff: '2026-03-01', validation: { kind: row-count } }
//     expires: '2026-12-01'                                # exploratory
//
//   kind: Topic      → metadata.name; spec: role (source-of-record | derived | transient), owner,
//                      partitions, retention, cleanupPolicy, key, configs, schema, keySchema, classification
//   kind: Policy     → see policy/types.ts

export type WorkloadClass = 'operational' | 'analytical' | 'migration' | 'exploratory';
export const WORKLOAD_CLASSES: readonly WorkloadClass[] = ['operational', 'analytical', 'migration', 'exploratory'];

export type TopicRole = 'source-of-record' | 'derived' | 'transient';
export type CleanupPolicy = 'delete' | 'compact' | 'compact,delete';
export type SchemaFormat = 'AVRO' | 'JSON' | 'PROTOBUF';
export type Compatibility = 'NONE' | 'BACKWARD' | 'BACKWARD_TRANSITIVE' | 'FORWARD' | 'FORWARD_TRANSITIVE' | 'FULL' | 'FULL_TRANSITIVE';
export type AclOperation = 'read' | 'write' | 'describe' | 'create' | 'delete' | 'alter' | 'all';
export type AlertKind = 'lag' | 'checkpoint-age' | 'error-rate';

/** A place in a spec file (1-based line and column). */
export interface SourcePos {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

/** The document an object came from: `at(path)` is the position of the value at a path inside the
 * document (e.g. `['spec', 'outputs', 0, 'retention']`), or of its nearest existing parent. */
export interface SpecSource {
  readonly file: string;
  at(path: readonly (string | number)[]): SourcePos;
}

/** A spec file as the CLI sends it: its path (as the user wrote it, relative to the estate
 * directory) and its text. `.yaml`/`.yml` files are specs; others (`.sql`, `.avsc`, `.json`,
 * `.proto`) are read when a spec names them with `file:`. */
export interface SpecFile {
  readonly path: string;
  readonly text: string;
}

/** What is wrong with a spec: file, line, column, the field (dotted path) and what is allowed. */
export interface SpecError {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly field: string;
  readonly message: string;
}

export interface Owner {
  readonly team: string;
  readonly onCall?: string;
  readonly escalation?: string;
}

export interface SchemaContract {
  readonly subject: string;
  readonly format: SchemaFormat;
  readonly compatibility: Compatibility;
  /** The schema text (Avro JSON, JSON Schema, or .proto source), inline or read from `file:`. */
  readonly schema: string;
}

export interface TopicContract {
  readonly name: string;
  readonly role: TopicRole;
  readonly owner: Owner;
  readonly partitions: number;
  /** retention.ms; -1 = infinite. */
  readonly retentionMs: number;
  readonly cleanupPolicy: CleanupPolicy;
  readonly key?: string;
  /** Other Kafka topic configs, passed through to the cluster as written. */
  readonly configs: Readonly<Record<string, string>>;
  readonly valueSchema?: SchemaContract;
  readonly keySchema?: SchemaContract;
  readonly classification?: string;
  /** The pipeline that declares it as an output; absent for kind: Topic documents. */
  readonly pipeline?: string;
  readonly source: SpecSource;
  /** Path of this contract inside its document (['spec'] for kind Topic, ['spec','outputs',i] for outputs). */
  readonly path: readonly (string | number)[];
}

export interface SinkContract {
  readonly name: string;
  readonly connector?: string;
  readonly owner?: string;
  readonly retries?: number;
  readonly deadLetter?: string;
}

export interface Acl {
  readonly principal: string;
  readonly operations: readonly AclOperation[];
  readonly topics: readonly string[];
  readonly groups: readonly string[];
}

export interface Alert {
  readonly kind: AlertKind;
  readonly threshold: number;
  readonly forMs: number;
  readonly severity: 'page' | 'ticket' | 'info';
}

export interface Replay {
  readonly windowMs: number;
  readonly checkpointRestoreMs: number;
  readonly delayedRecoveryMs: number;
}

export interface Migration {
  /** Bounded input range: ISO timestamps or offsets (as written). */
  readonly input?: { readonly from: string; readonly to: string };
  /** Cutoff date (ISO), when the old path is switched off. */
  readonly cutoff?: string;
  readonly validation?: { readonly kind: string; readonly options: Readonly<Record<string, string>> };
}

export interface Pipeline {
  readonly name: string;
  readonly class: WorkloadClass;
  readonly description?: string;
  readonly owner: Owner;
  /** metadata.labels: observability labels put on the job's metrics and alerts. */
  readonly labels: Readonly<Record<string, string>>;
  readonly sources: readonly string[];
  readonly outputs: readonly TopicContract[];
  /** The SQL script; `file`/`line` say where its first character is (for error positions). */
  readonly sql: { readonly text: string; readonly file: string; readonly line: number; readonly col: number };
  readonly sinks: readonly SinkContract[];
  readonly acls: readonly Acl[];
  readonly replay?: Replay;
  readonly recovery?: { readonly objectiveMs: number };
  readonly cost?: { readonly domain: string; readonly tags: Readonly<Record<string, string>> };
  readonly alerts: readonly Alert[];
  readonly rollback?: { readonly enabled: boolean };
  readonly batching?: { readonly maxRecords?: number; readonly intervalMs?: number };
  readonly classification?: string;
  readonly migration?: Migration;
  /** Exploratory expiry (ISO date). */
  readonly expires?: string;
  readonly source: SpecSource;
}

/** Everything read from an estate directory. `policy` is the single kind: Policy document (or none). */
export interface Estate {
  readonly pipelines: readonly Pipeline[];
  /** kind: Topic documents (source-of-record topics owned outside pipelines). */
  readonly topics: readonly TopicContract[];
  readonly policy?: import('../policy/types.ts').Policy;
  /** Every spec error found (the estate is unusable while there are any). */
  readonly errors: readonly SpecError[];
}

/** Every topic contract of the estate: kind Topic documents and pipeline outputs. */
export function topicContracts(estate: Estate): TopicContract[] {
  return [...estate.topics, ...estate.pipelines.flatMap((p) => p.outputs)];
}

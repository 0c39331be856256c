// The planner's entry: an INSERT, a statement set, a query or an EXPLAIN (already applied to the
// catalog by Catalog.apply, which hands these over as 'forPlanner') → a JobPlan for the runtime, or
// EXPLAIN text. Validation errors carry the script's file, line and column.
import type { Insert, Statement } from '../ast/index.ts';
import { CONNECTORS, type Catalog } from '../catalog/index.ts';
import { castRex } from '../functions/index.ts';
import { checkZone } from '../functions/datetime.ts';
import { sameType } from '../functions/typing.ts';
import type { EvalContext } from '../functions/types.ts';
import { supportsImplicitCast } from '../types/rules.ts';
import * as T from '../types/types.ts';
import { fail, posOf } from './expr.ts';
import { explainLogical, explainPhysical } from './explain.ts';
import type { LogicalNode, LogicalSink } from './logical.ts';
import { inputsOf, type Collect, type JobPlan, type PhysicalNode, type Sink } from './physical.ts';
import { QueryPlanner } from './query.ts';
import { inputRef, literal, type Rex } from './rex.ts';
import { optimize } from './rules.ts';
import { tableSchema } from './schema.ts';
import { PhysicalPlanner, describe } from './to-physical.ts';
import { WeirError } from '../../util/errors.ts';

export type { JobPlan } from './physical.ts';
export * from './physical.ts';
export type { Rex } from './rex.ts';

export type Planned =
  | { readonly kind: 'job'; readonly plan: JobPlan }
  | { readonly kind: 'explain'; readonly text: string };

/** The session's evaluation context for planning (constant folding); an unknown time zone fails here. */
export function evalContext(catalog: Catalog): EvalContext {
  const tz = catalog.setting('table.local-time-zone');
  const timeZone = tz === undefined || tz === 'default' ? 'UTC' : tz;
  try {
    checkZone(timeZone);
  } catch (cause) {
    throw new WeirError('CONFIG_INVALID', `'table.local-time-zone' is '${timeZone}', which is not a time zone`, {
      cause, where: 'table.local-time-zone',
      hint: "use a full name such as 'America/Los_Angeles', a custom offset such as 'GMT-08:00', or 'UTC'",
    });
  }
  return { timeZone, now: () => Date.now() };
}

export function planStatement(catalog: Catalog, s: Statement, file = '<sql>'): Planned {
  const q = new QueryPlanner(catalog, file);
  const ctx = evalContext(catalog);
  switch (s.kind) {
    case 'explain': {
      const inner = s.statement;
      const sinks = logicalSinks(q, inner);
      const optimized = sinks.map((k) => ({ ...k, input: optimize(k.input, ctx) }));
      const plan = physicalPlan(optimized, catalog, file, 'explain');
      return {
        kind: 'explain',
        text: `== Abstract Syntax Tree ==\n${explainLogical(sinks)}\n\n== Optimized Logical Plan ==\n${explainLogical(optimized)}\n\n== Optimized Physical Plan ==\n${explainPhysical(plan.sinks)}\n`,
      };
    }
    case 'insert': case 'statementSet': case 'query': {
      const sinks = logicalSinks(q, s).map((k) => ({ ...k, input: optimize(k.input, ctx) }));
      const name = catalog.setting('pipeline.name') ?? (s.kind === 'query' ? 'collect' : sinks.map((k) => (k.kind === 'sink' ? `insert-into_default_catalog.default_database.${k.name}` : 'collect')).join(','));
      return { kind: 'job', plan: physicalPlan(sinks, catalog, file, name) };
    }
    default:
      return fail(posOf(file, s), `${s.kind} is not a statement the planner runs`);
  }
}

function logicalSinks(q: QueryPlanner, s: Statement): LogicalSink[] {
  switch (s.kind) {
    case 'query': {
      const p = q.query(s.query);
      return [{ kind: 'collect', input: p.node, fields: p.node.fields, at: q.at(s) }];
    }
    case 'insert': return [insertSink(q, s)];
    case 'statementSet': return s.inserts.map((i) => insertSink(q, i));
    default: return fail(q.at(s), `EXPLAIN of ${s.kind} is not supported`, 'unsupported');
  }
}

function insertSink(q: QueryPlanner, s: Insert): LogicalSink {
  const at = q.at(s);
  const entry = q.catalog.lookup(s.table);
  const full = `default_catalog.default_database.${s.table[s.table.length - 1]}`;
  if (entry === undefined) fail(at, `Table ${full} was not found.`);
  if (entry.kind === 'view') fail(at, `The view ${full} cannot be the target of an INSERT; insert into a table.`);
  if (CONNECTORS[entry.connector]?.sink === 'none') fail(at, `Connector '${entry.connector}' can only be used as a source. It cannot be used as a sink.`);
  const schema = tableSchema(entry, q.file);
  const target = schema.sinkFields;
  const p = q.query(s.query);
  const got = p.node.fields;
  // Which target column each query column fills (all, in order, without a column list).
  const order = s.columns === undefined ? target.map((_, i) => i) : s.columns.map((c) => {
    const i = target.findIndex((t) => t.name === c);
    if (i < 0) fail(at, `Unknown target column '${c}' of table ${full}; its columns are [${target.map((t) => t.name).join(', ')}]`);
    return i;
  });
  const schemaText = (fs: readonly { name: string; type: T.LogicalType }[]): string => `[${fs.map((f) => `${f.name}: ${T.toSql(f.type)}`).join(', ')}]`;
  if (got.length !== order.length) {
    fail(at, `Column types of query result and sink for '${full}' do not match.\nCause: Different number of columns.\n\nQuery schema: ${schemaText(got)}\nSink schema:  ${schemaText(target)}`);
  }
  const exprs: Rex[] = target.map((t) => literal(null, T.withNullable(t.type, true)));
  order.forEach((ti, qi) => {
    const want = target[ti]!.type;
    const have = got[qi]!.type;
    const ref = inputRef(qi, have);
    if (T.typeEquals(T.withNullable(have, want.nullable), want) || (sameType(have, want) && supportsImplicitCast(have, want))) {
      exprs[ti] = ref;
    } else if (supportsImplicitCast(have, want) || have.kind === 'NULL') {
      exprs[ti] = castRex(ref, want, false, at);
    } else {
      fail(at, `Column types of query result and sink for '${full}' do not match.\nCause: Incompatible types for sink column '${target[ti]!.name}' at position ${ti}.\n\nQuery schema: ${schemaText(got)}\nSink schema:  ${schemaText(target)}`);
    }
  });
  for (let i = 0; i < target.length; i++) {
    if (!order.includes(i) && !target[i]!.type.nullable) fail(at, `Column '${target[i]!.name}' of table ${full} is NOT NULL and has no value in the INSERT's column list`);
  }
  const input: LogicalNode = exprs.every((e, i) => e.kind === 'input' && e.index === i) && exprs.length === got.length
    ? p.node
    : { kind: 'project', input: p.node, exprs, fields: target.map((t, i) => ({ name: t.name, type: exprs[i]!.type })) };
  return { kind: 'sink', input, entry, name: schema.name, fields: target, metadata: schema.sinkMetadata, at };
}

function physicalPlan(sinks: readonly LogicalSink[], catalog: Catalog, file: string, name: string): JobPlan {
  const pp = new PhysicalPlanner(file);
  const out: (Sink | Collect)[] = sinks.map((s) => {
    pp.at = s.at;
    const input = pp.convert(s.input);
    // The query's column names (a dropped renaming projection must not lose them), the input's types.
    if (s.kind === 'collect') return { kind: 'collect', id: pp.id(), input, fields: input.fields.map((f, i) => ({ name: s.fields[i]?.name ?? f.name, type: f.type })), changelog: input.changelog };
    if (input.changelog === 'retract' && CONNECTORS[s.entry.connector]?.sink === 'insert-only') {
      fail(s.at, `Table sink 'default_catalog.default_database.${s.name}' doesn't support consuming update changes which is produced by node ${describe(firstUpdating(input))}`);
    }
    const pk = s.entry.ddl.primaryKey?.columns.map((c) => s.fields.findIndex((f) => f.name === c));
    return {
      kind: 'sink', id: pp.id(), input, table: s.name, connector: s.entry.connector, options: Object.fromEntries(s.entry.options),
      fields: s.fields, changelog: input.changelog, metadata: s.metadata, ...(pk !== undefined ? { primaryKey: pk } : {}),
    };
  });
  return { name, sinks: out, settings: Object.fromEntries(catalog.settings()) };
}

/** The node that first makes a plan updating (for the sink error message). */
function firstUpdating(n: PhysicalNode): PhysicalNode {
  const updatingKid = inputsOf(n).find((k) => k.changelog === 'retract');
  return updatingKid === undefined ? n : firstUpdating(updatingKid);
}

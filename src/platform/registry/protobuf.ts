// Protobuf schemas in the registry: a schema is the text of one .proto file, parsed with protobufjs;
// its imports are either references (the reference's name is the import path; the referenced file
// is parsed into the same root) or Google's well-known types (google/protobuf/*.proto, bundled with
// protobufjs); every type must resolve. Normalized form for identity: the parsed file as
// protobufjs' JSON descriptor (package, imports, messages, enums, fields, options) with sorted keys,
// so comments, whitespace and declaration order do not make a new schema.
//
// The reader/writer check follows Confluent's rules for the common cases (all by field number):
// PACKAGE_CHANGED, MESSAGE_REMOVED (top-level or nested), FIELD_KIND_CHANGED (scalar ↔ message ↔
// map), FIELD_SCALAR_KIND_CHANGED (a different wire encoding: varint types, which include enums and
// bool, are interchangeable, as are sint32/sint64, string/bytes, fixed32/sfixed32, fixed64/sfixed64),
// FIELD_NAMED_TYPE_CHANGED (a message field now of another message type), REQUIRED_FIELD_ADDED and
// REQUIRED_FIELD_REMOVED (proto2), ONEOF_FIELD_REMOVED, MULTIPLE_FIELDS_MOVED_TO_ONEOF and
// FIELD_MOVED_TO_EXISTING_ONEOF. Compatible, as Confluent has them: fields added or removed, renamed
// fields, enum constants added or removed, messages added.
import protobuf from 'protobufjs';
import { registryErrors } from './errors.ts';
import { canonicalJson, errorMessage, flattenReferences, type FormatHandler, type Incompatibility } from './format.ts';

export interface ParsedProtobuf {
  readonly package: string;
  /** The canonical descriptor of this file alone. */
  readonly descriptor: unknown;
  /** Every type resolved: this file, its references and the well-known types it imports. */
  readonly root: protobuf.Root;
  /** Top-level messages declared by this file, by name relative to the package. */
  readonly messages: readonly string[];
}

const WIRE: Record<string, string> = {
  int32: 'varint', int64: 'varint', uint32: 'varint', uint64: 'varint', bool: 'varint',
  sint32: 'zigzag', sint64: 'zigzag',
  string: 'bytes', bytes: 'bytes',
  fixed32: 'fixed32', sfixed32: 'fixed32',
  fixed64: 'fixed64', sfixed64: 'fixed64',
  float: 'float', double: 'double',
};

export const protobufFormat: FormatHandler<ParsedProtobuf> = {
  format: 'PROTOBUF',
  parse(schema, references) {
    const root = new protobuf.Root();
    const main = parseFile(schema, root, '');
    const descriptor = { package: main.package ?? '', imports: main.imports ?? [], weakImports: main.weakImports ?? [], root: root.toJSON() };
    const pkg = main.package ?? '';
    const ns = pkg === '' ? root : root.lookup(pkg);
    const messages = ns instanceof protobuf.Namespace ? ns.nestedArray.filter((n) => n instanceof protobuf.Type).map((n) => n.name) : [];
    const provided = new Set<string>();
    const imports = [...(main.imports ?? []), ...(main.weakImports ?? [])];
    for (const ref of flattenReferences(references)) {
      const parsed = parseFile(ref.schema, root, `(reference '${ref.name}', subject '${ref.subject}' version ${ref.version}) `);
      provided.add(ref.name);
      imports.push(...(parsed.imports ?? []), ...(parsed.weakImports ?? []));
    }
    for (const path of new Set(imports)) {
      if (provided.has(path)) continue;
      const known = protobuf.common.get(path) as { nested?: Record<string, protobuf.AnyNestedObject> } | null;
      if (known === null || known.nested === undefined) {
        throw registryErrors.invalidSchema(`import "${path}" is neither a reference of this schema nor a well-known type: register it and list it in references`);
      }
      root.addJSON(known.nested);
    }
    try {
      root.resolveAll();
    } catch (error) {
      throw registryErrors.invalidSchema(errorMessage(error));
    }
    return { package: pkg, descriptor, root, messages };
  },
  canonical(parsed) {
    return canonicalJson(parsed.descriptor);
  },
  incompatibilities(reader, writer) {
    const out: Incompatibility[] = [];
    if (reader.package !== writer.package) {
      out.push({ type: 'PACKAGE_CHANGED', path: '#/', description: `The package changed from '${writer.package}' ({writer}) to '${reader.package}' ({reader})` });
    }
    const seen = new Set<string>();
    for (const name of writer.messages) {
      const w = lookupType(writer.root, writer.package, name);
      const r = reader.messages.includes(name) ? lookupType(reader.root, reader.package, name) : undefined;
      if (w === undefined) continue;
      if (r === undefined) out.push(messageRemoved(`#/${name}`));
      else compareMessages(r, w, `#/${name}`, out, seen);
    }
    return out;
  },
};

function parseFile(text: string, root: protobuf.Root, where: string): protobuf.IParserResult {
  try {
    return protobuf.parse(text, root, { keepCase: true });
  } catch (error) {
    throw registryErrors.invalidSchema(`${where}${errorMessage(error)}`);
  }
}

function lookupType(root: protobuf.Root, pkg: string, name: string): protobuf.Type | undefined {
  const found = root.lookup(pkg === '' ? name : `${pkg}.${name}`);
  return found instanceof protobuf.Type ? found : undefined;
}

function realOneof(field: protobuf.Field): protobuf.OneOf | undefined {
  const oneof = field.partOf;
  if (oneof === null || oneof === undefined) return undefined;
  return field.options?.proto3_optional === true ? undefined : oneof;
}

function compareMessages(r: protobuf.Type, w: protobuf.Type, path: string, out: Incompatibility[], seen: Set<string>): void {
  const pair = `${r.fullName}|${w.fullName}`;
  if (seen.has(pair)) return;
  seen.add(pair);
  for (const nested of w.nestedArray) {
    if (!(nested instanceof protobuf.Type)) continue;
    const match = r.nested?.[nested.name];
    if (!(match instanceof protobuf.Type)) out.push(messageRemoved(`${path}/${nested.name}`));
    else compareMessages(match, nested, `${path}/${nested.name}`, out, seen);
  }
  for (const oneof of w.oneofsArray) {
    const rOneof = r.oneofs?.[oneof.name];
    if (rOneof === undefined || oneof.fieldsArray.every((f) => f.options?.proto3_optional === true)) continue;
    for (const f of oneof.fieldsArray) {
      const rf = r.fieldsById[f.id];
      if (rf === undefined || realOneof(rf) === undefined) {
        out.push(issue('ONEOF_FIELD_REMOVED', `${path}/${oneof.name}/${f.id}`, `field ${f.id} left oneof '${oneof.name}' in the {reader} schema`));
      }
    }
  }
  for (const oneof of r.oneofsArray) {
    const moved = oneof.fieldsArray.filter((f) => {
      const wf = w.fieldsById[f.id];
      return f.options?.proto3_optional !== true && wf !== undefined && realOneof(wf) === undefined;
    });
    if (moved.length === 0) continue;
    if (w.oneofs?.[oneof.name] !== undefined) {
      out.push(issue('FIELD_MOVED_TO_EXISTING_ONEOF', `${path}/${oneof.name}`, `fields ${moved.map((f) => f.id).join(', ')} moved into the existing oneof '${oneof.name}'`));
    } else if (moved.length > 1) {
      out.push(issue('MULTIPLE_FIELDS_MOVED_TO_ONEOF', `${path}/${oneof.name}`, `fields ${moved.map((f) => f.id).join(', ')} moved into the new oneof '${oneof.name}'`));
    }
  }
  for (const wf of w.fieldsArray) {
    const rf = r.fieldsById[wf.id];
    const at = `${path}/${wf.id}`;
    if (rf === undefined) {
      if (wf.rule === 'required') out.push(issue('REQUIRED_FIELD_REMOVED', at, `required field ${wf.id} ('${wf.name}') is missing from the {reader} schema`));
    } else compareFields(rf, wf, at, out, seen);
  }
  for (const rf of r.fieldsArray) {
    const wf = w.fieldsById[rf.id];
    if (rf.rule === 'required' && (wf === undefined || wf.rule !== 'required')) {
      out.push(issue('REQUIRED_FIELD_ADDED', `${path}/${rf.id}`, `field ${rf.id} ('${rf.name}') is required in the {reader} schema but not in the {writer} schema`));
    }
  }
}

type FieldKind = { kind: 'map' | 'message' } | { kind: 'scalar'; wire: string };

function kindOf(field: protobuf.Field): FieldKind {
  if (field instanceof protobuf.MapField) return { kind: 'map' };
  if (field.resolvedType instanceof protobuf.Type) return { kind: 'message' };
  if (field.resolvedType instanceof protobuf.Enum) return { kind: 'scalar', wire: 'varint' };
  return { kind: 'scalar', wire: WIRE[field.type] ?? field.type };
}

function compareFields(r: protobuf.Field, w: protobuf.Field, path: string, out: Incompatibility[], seen: Set<string>): void {
  const rk = kindOf(r);
  const wk = kindOf(w);
  if (rk.kind !== wk.kind) {
    out.push(issue('FIELD_KIND_CHANGED', path, `field ${w.id} is a ${wk.kind} in the {writer} schema and a ${rk.kind} in the {reader} schema`));
    return;
  }
  if (rk.kind === 'scalar' && wk.kind === 'scalar') {
    if (rk.wire !== wk.wire) out.push(issue('FIELD_SCALAR_KIND_CHANGED', path, `field ${w.id} changed from ${w.type} to ${r.type}`));
    return;
  }
  if (r instanceof protobuf.MapField && w instanceof protobuf.MapField) {
    const rm = r;
    const wm = w;
    if ((WIRE[rm.keyType] ?? rm.keyType) !== (WIRE[wm.keyType] ?? wm.keyType)) {
      out.push(issue('FIELD_SCALAR_KIND_CHANGED', path, `the key of map field ${w.id} changed from ${wm.keyType} to ${rm.keyType}`));
    }
  }
  const rt = r.resolvedType;
  const wt = w.resolvedType;
  if (rt instanceof protobuf.Type && wt instanceof protobuf.Type) {
    if (rt.name !== wt.name) out.push(issue('FIELD_NAMED_TYPE_CHANGED', path, `field ${w.id} changed from message ${wt.name} to ${rt.name}`));
    else compareMessages(rt, wt, path, out, seen);
    return;
  }
  const rWire = rt instanceof protobuf.Type ? 'message' : rt instanceof protobuf.Enum ? 'varint' : (WIRE[r.type] ?? r.type);
  const wWire = wt instanceof protobuf.Type ? 'message' : wt instanceof protobuf.Enum ? 'varint' : (WIRE[w.type] ?? w.type);
  if (rWire !== wWire) {
    out.push(issue(rWire === 'message' || wWire === 'message' ? 'FIELD_KIND_CHANGED' : 'FIELD_SCALAR_KIND_CHANGED', path, `the value of map field ${w.id} changed from ${w.type} to ${r.type}`));
  }
}

function messageRemoved(path: string): Incompatibility {
  return issue('MESSAGE_REMOVED', path, `the {reader} schema has no message '${path.slice(path.lastIndexOf('/') + 1)}'`);
}

function issue(type: string, path: string, detail: string): Incompatibility {
  return { type, path, description: `At path '${path}': ${detail}` };
}

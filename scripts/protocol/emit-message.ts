// Emits one generated file per message definition: interfaces, decoder, encoder and schema.
import { type Field, type FieldType, type Message, type Range, type Struct, intersect, isEmpty } from './model.ts';

const MAX = 32767;

export function fileNameOf(m: Message): string {
  return `${m.name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}.ts`;
}

/** A JS condition on `v` that holds for the versions in `r`, given that `v` is within `within`. */
function cond(r: Range, within: Range): string {
  const eff = intersect(r, within);
  if (isEmpty(eff)) return 'false';
  const parts: string[] = [];
  if (eff.min > within.min) parts.push(`v >= ${eff.min}`);
  if (eff.max < within.max) parts.push(`v <= ${eff.max}`);
  return parts.length === 0 ? 'true' : parts.join(' && ');
}

function choose(c: string, yes: string, no: string): string {
  if (c === 'true') return yes;
  if (c === 'false') return no;
  return `(${c} ? ${yes} : ${no})`;
}

function and(a: string, b: string): string {
  if (a === 'false' || b === 'false') return 'false';
  if (a === 'true') return b;
  if (b === 'true') return a;
  return `${a} && ${b}`;
}

class Emitter {
  readonly m: Message;
  constructor(m: Message) {
    this.m = m;
  }

  tsName(struct: string): string {
    return struct === this.m.name ? struct : `${this.m.name}${struct}`;
  }

  private baseType(t: FieldType): string {
    if (t.kind === 'struct') return this.tsName(t.struct);
    if (t.kind === 'array') return `${this.baseType(t.element)}[]`;
    switch (t.name) {
      case 'bool':
        return 'boolean';
      case 'int64':
        return 'bigint';
      case 'string':
      case 'uuid':
        return 'string';
      case 'bytes':
        return 'Uint8Array';
      case 'records':
        return 'Records';
      default:
        return 'number';
    }
  }

  /** Versions of the field that the message actually has. */
  live(f: Field): Range {
    return intersect(f.versions, this.m.valid);
  }

  canBeNull(f: Field): boolean {
    return !isEmpty(intersect(f.nullable, this.live(f))) || f.default === 'null';
  }

  fieldType(f: Field): string {
    const base = this.baseType(f.type);
    return this.canBeNull(f) ? `${base} | null` : base;
  }

  defaultExpr(f: Field): string {
    const d = f.default;
    if (d === 'null') return 'null';
    const t = f.type;
    if (t.kind === 'array') return '[]';
    if (t.kind === 'struct') return `default${this.tsName(t.struct)}()`;
    switch (t.name) {
      case 'bool':
        return d === 'true' ? 'true' : 'false';
      case 'int64':
        return `${BigInt(d ?? 0)}n`;
      case 'string':
        return JSON.stringify(d ?? '');
      case 'uuid':
        return 'ZERO_UUID';
      case 'bytes':
        return 'new Uint8Array(0)';
      case 'records':
        return this.canBeNull(f) ? 'null' : 'new Uint8Array(0)';
      default: {
        const n = Number(d ?? 0);
        if (!Number.isFinite(n)) throw new Error(`${this.m.file}: bad default ${d} for ${f.name}`);
        return String(n);
      }
    }
  }

  isDefault(f: Field, e: string): string {
    const d = this.defaultExpr(f);
    if (d === 'null') return `${e} === null`;
    const t = f.type;
    if (t.kind === 'struct') return `sameValue(${e}, ${d})`;
    if (t.kind === 'array' || (t.kind === 'primitive' && (t.name === 'bytes' || t.name === 'records'))) {
      return this.canBeNull(f) ? `(${e} !== null && ${e}.length === 0)` : `${e}.length === 0`;
    }
    return `${e} === ${d}`;
  }

  /** Condition: the field is nullable at version v (given the field is present). */
  nullCond(f: Field): string {
    return cond(f.nullable, this.live(f));
  }

  flexCond(f: Field, within: Range): string {
    return f.flexible === null ? 'flex' : cond(f.flexible, within);
  }

  // Reading.

  readExpr(t: FieldType, f: Field, path: string, flex: string, nul: string): string {
    const p = JSON.stringify(path);
    if (t.kind === 'struct') {
      const read = `read${this.tsName(t.struct)}(r, v, flex)`;
      return choose(nul, `(r.int8(${p}) < 0 ? null : ${read})`, read);
    }
    if (t.kind === 'array') throw new Error('arrays are read by statements');
    switch (t.name) {
      case 'string':
        return choose(flex, choose(nul, `r.compactNullableString(${p})`, `r.compactString(${p})`), choose(nul, `r.nullableString(${p})`, `r.string(${p})`));
      case 'bytes':
      case 'records':
        return choose(flex, choose(nul, `r.compactNullableBytes(${p})`, `r.compactBytes(${p})`), choose(nul, `r.nullableBytes(${p})`, `r.bytes(${p})`));
      default:
        return `r.${t.name}(${p})`;
    }
  }

  readInto(f: Field, target: string, path: string, flex: string, nul: string, ind: string): string[] {
    const t = f.type;
    if (t.kind !== 'array') return [`${ind}${target} = ${this.readExpr(t, f, path, flex, nul)};`];
    const p = JSON.stringify(path);
    const count = choose(
      flex,
      choose(nul, `r.compactNullableArrayLength(${p})`, `r.compactArrayLength(${p})`),
      choose(nul, `r.nullableArrayLength(${p})`, `r.arrayLength(${p})`),
    );
    const elem = this.readExpr(t.element, f, path, flex, 'false');
    const lines = [`${ind}{`, `${ind}  const n = ${count};`];
    const fill = [
      `const a: ${this.baseType(t)} = [];`,
      `for (let i = 0; i < n; i++) a.push(${elem});`,
      `${target} = a;`,
    ];
    if (nul === 'false') {
      lines.push(...fill.map((l) => `${ind}  ${l}`));
    } else {
      lines.push(`${ind}  if (n < 0) ${target} = null;`, `${ind}  else {`, ...fill.map((l) => `${ind}    ${l}`), `${ind}  }`);
    }
    lines.push(`${ind}}`);
    return lines;
  }

  /** Versions in which the field is a tagged field. */
  taggedLive(f: Field): Range {
    return intersect(f.tagged, this.live(f));
  }

  /** Versions in which the field is an ordinary (not tagged) field. */
  regular(f: Field): Range {
    const live = this.live(f);
    if (isEmpty(f.tagged)) return live;
    if (f.tagged.max !== Infinity) throw new Error(`${this.m.file}: ${f.name}: tagged versions must be open-ended`);
    return { min: live.min, max: Math.min(live.max, f.tagged.min - 1) };
  }

  emitStruct(s: Struct): string[] {
    const name = this.tsName(s.name);
    const valid = this.m.valid;
    const flexibleSomewhere = !isEmpty(intersect(this.m.flexible, valid));
    const out: string[] = [];

    out.push(`export interface ${name} {`);
    for (const f of s.fields) {
      if (f.about) out.push(`  /** ${f.about.replaceAll('*/', '* /')} */`);
      out.push(`  ${f.prop}: ${this.fieldType(f)};`);
    }
    if (flexibleSomewhere) out.push('  _unknownTaggedFields?: TaggedField[];');
    out.push('}', '');

    // Default value.
    out.push(`export function default${name}(): ${name} {`);
    out.push(`  return { ${s.fields.map((f) => `${f.prop}: ${this.defaultExpr(f)}`).join(', ')} };`);
    out.push('}', '');

    // Reader.
    const tagged = s.fields.filter((f) => f.tag !== null && !isEmpty(this.taggedLive(f)));
    out.push(`function read${name}(r: Reader, v: number, flex: boolean): ${name} {`);
    for (const f of s.fields) {
      out.push(`  let ${f.prop}: ${this.fieldType(f)} = ${this.defaultExpr(f)};`);
    }
    for (const f of s.fields) {
      const reg = this.regular(f);
      const c = cond(reg, valid);
      if (c === 'false') continue;
      const path = `${s.name}.${f.name}`;
      const body = this.readInto(f, f.prop, path, this.flexCond(f, valid), this.nullCond(f), c === 'true' ? '  ' : '    ');
      if (c === 'true') out.push(...body);
      else out.push(`  if (${c}) {`, ...body, '  }');
    }
    if (flexibleSomewhere) {
      const p = JSON.stringify(`${s.name}._tagged`);
      out.push('  let unknown: TaggedField[] | undefined;');
      out.push('  if (flex) {');
      out.push(`    const count = r.taggedCount(${p});`);
      out.push('    for (let i = 0; i < count; i++) {');
      out.push(`      const tag = r.uvarint(${p});`);
      out.push(`      const size = r.uvarint(${p});`);
      let first = true;
      for (const f of tagged) {
        const c = and(`tag === ${f.tag}`, cond(this.taggedLive(f), valid));
        out.push(`      ${first ? '' : 'else '}if (${c}) {`);
        out.push('        const end = r.pos + size;');
        out.push(...this.readInto(f, f.prop, `${s.name}.${f.name}`, 'true', this.nullCond(f), '        '));
        out.push(`        if (r.pos !== end) r.fail(${JSON.stringify(`${s.name}.${f.name}`)}, \`tagged field size \${size} does not match its content\`);`);
        out.push('      }');
        first = false;
      }
      out.push(`      ${first ? '' : 'else '}(unknown ??= []).push({ tag, data: r.raw(${p}, size) });`);
      out.push('    }');
      out.push('  }');
      out.push(`  const m: ${name} = { ${s.fields.map((f) => f.prop).join(', ')} };`);
      out.push('  if (unknown !== undefined) m._unknownTaggedFields = unknown;');
      out.push('  return m;');
    } else {
      out.push(`  return { ${s.fields.map((f) => f.prop).join(', ')} };`);
    }
    out.push('}', '');

    // Writer.
    out.push(`function write${name}(w: Writer, v: number, flex: boolean, m: ${name}): void {`);
    for (const f of s.fields) {
      const reg = this.regular(f);
      const c = cond(reg, valid);
      const e = `m.${f.prop}`;
      const path = `${s.name}.${f.name}`;
      const inTagged = cond(this.taggedLive(f), valid);
      const body = c === 'false' ? [] : this.writeField(f, e, path, this.flexCond(f, valid), c === 'true' ? '  ' : '    ');
      if (c === 'true') {
        out.push(...body);
        continue;
      }
      const guard = f.ignorable || inTagged === 'true' ? null : `if (!(${this.isDefault(f, e)})) throw unsupportedField(${JSON.stringify(path)}, v);`;
      const absent = inTagged === 'false' ? guard : guard === null ? null : `if (!(${inTagged})) ${guard}`;
      if (c === 'false') {
        if (absent !== null) out.push(`  ${absent}`);
      } else {
        out.push(`  if (${c}) {`, ...body, absent === null ? '  }' : `  } else ${absent.startsWith('if') ? absent : `{ ${absent} }`}`);
      }
    }
    if (flexibleSomewhere) {
      out.push('  if (flex) {');
      if (tagged.length === 0) {
        out.push('    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);');
      } else {
        out.push('    const known: KnownTag[] = [];');
        for (const f of tagged) {
          const e = `m.${f.prop}`;
          const c = and(cond(this.taggedLive(f), valid), `!(${this.isDefault(f, e)})`);
          const body = this.writeField(f, e, `${s.name}.${f.name}`, 'true', '        ');
          out.push(`    if (${c}) {`);
          out.push(`      known.push({ tag: ${f.tag}, write: (w: Writer) => {`, ...body, '      } });');
          out.push('    }');
        }
        out.push('    writeTaggedFields(w, known, m._unknownTaggedFields);');
      }
      out.push('  }');
    }
    out.push('}', '');
    return out;
  }

  writeValue(t: FieldType, e: string, path: string, flex: string, nul: string): string {
    if (t.kind === 'struct') {
      const write = `write${this.tsName(t.struct)}(w, v, flex, ${e}!)`;
      if (nul === 'false') return `${write};`;
      const nullable = `if (${e} === null) w.int8(-1); else { w.int8(1); ${write}; }`;
      return nul === 'true' ? nullable : `if (${nul}) { ${nullable} } else ${write};`;
    }
    if (t.kind === 'array') throw new Error('arrays are written by statements');
    const method = (kind: 'String' | 'Bytes' | 'Records'): string =>
      choose(flex, choose(nul, `w.compactNullable${kind}(${e})`, `w.compact${kind}(${e}!)`), choose(nul, `w.nullable${kind}(${e})`, `w.${kind.toLowerCase()}(${e}!)`)) + ';';
    switch (t.name) {
      case 'string':
        return method('String');
      case 'bytes':
        return method('Bytes');
      case 'records':
        return method('Records');
      default:
        return `w.${t.name}(${e});`;
    }
  }

  writeField(f: Field, e: string, path: string, flex: string, ind: string): string[] {
    const nul = this.nullCond(f);
    const lines: string[] = [];
    if (this.canBeNull(f) && nul !== 'true') {
      lines.push(`${ind}if (${e} === null${nul === 'false' ? '' : ` && !(${nul})`}) throw nullNotAllowed(${JSON.stringify(path)}, v);`);
    }
    const t = f.type;
    if (t.kind !== 'array') {
      lines.push(`${ind}${this.writeValue(t, e, path, flex, nul)}`);
      return lines;
    }
    const elem = this.writeValue(t.element, 'x', path, flex, 'false');
    const count = (n: string): string => choose(flex, `w.uvarint(${n} + 1)`, `w.int32(${n})`);
    const loop = [`${count(`${e}!.length`)};`, `for (const x of ${e}!) ${elem}`];
    if (nul === 'false') {
      lines.push(...loop.map((l) => `${ind}${l}`));
    } else {
      const nullCount = choose(flex, 'w.uvarint(0)', 'w.int32(-1)');
      lines.push(`${ind}if (${e} === null) ${nullCount};`, `${ind}else {`, ...loop.map((l) => `${ind}  ${l}`), `${ind}}`);
    }
    return lines;
  }

  schemaOf(s: Struct, depth = 0): unknown[] {
    if (depth > 10) throw new Error(`${this.m.file}: struct ${s.name} nests too deeply`);
    const range = (r: Range): [number, number] | null => (isEmpty(r) ? null : [r.min, r.max === Infinity ? MAX : r.max]);
    const typeName = (t: FieldType): string => (t.kind === 'array' ? `[]${typeName(t.element)}` : t.kind === 'struct' ? t.struct : t.name);
    return s.fields.map((f) => {
      const inner = f.type.kind === 'struct' ? f.type.struct : f.type.kind === 'array' && f.type.element.kind === 'struct' ? f.type.element.struct : null;
      const entry: Record<string, unknown> = {
        name: f.name,
        prop: f.prop,
        type: typeName(f.type),
        versions: range(f.versions) ?? [1, 0],
        nullable: range(intersect(f.nullable, f.versions)),
        tagged: range(f.tagged),
        tag: f.tag,
        ignorable: f.ignorable,
        flexible: f.flexible === null ? null : range(f.flexible),
        default: f.default,
      };
      if (inner !== null) entry.fields = this.schemaOf(this.m.structs.get(inner)!, depth + 1);
      return entry;
    });
  }
}

export function generateMessage(m: Message): string {
  const em = new Emitter(m);
  const name = m.name;
  const body: string[] = [];
  for (const s of m.structs.values()) body.push(...em.emitStruct(s));
  const flexCond = cond(m.flexible, m.valid);
  const text = body.join('\n');
  const uses = (id: string): boolean => new RegExp(`\\b${id}\\b`).test(text);
  const codecImports = ['writeTaggedFields', 'sameValue', 'unsupportedField', 'nullNotAllowed', 'NO_TAGS'].filter(uses);
  const typeImports = ['TaggedField', 'KnownTag'].filter(uses);
  const range = (r: Range): string => (isEmpty(r) ? 'null' : `[${r.min}, ${r.max === Infinity ? MAX : r.max}]`);
  const lines = [
    `// Generated from ${m.file} by scripts/gen-protocol.ts — do not edit.`,
    `import type { Reader } from '../reader.ts';`,
    `import type { ${uses('Records') ? 'Records, ' : ''}Writer } from '../writer.ts';`,
    `import type { MessageSchema${typeImports.map((t) => `, ${t}`).join('')} } from '../codec.ts';`,
  ];
  if (codecImports.length > 0) lines.push(`import { ${codecImports.join(', ')} } from '../codec.ts';`);
  if (uses('ZERO_UUID')) lines.push(`import { ZERO_UUID } from '../reader.ts';`);
  lines.push('', text);
  lines.push(`/** Reads a ${name} of version \`v\`; the caller checks the reader for failure. */`);
  lines.push(`export function decode${name}(r: Reader, v: number): ${name} {`);
  lines.push(`  return read${name}(r, v, ${flexCond});`);
  lines.push('}', '');
  lines.push(`/** Writes a ${name} of version \`v\`; throws a ProtocolError when a field cannot be expressed in it. */`);
  lines.push(`export function encode${name}(w: Writer, v: number, m: ${name}): void {`);
  lines.push(`  write${name}(w, v, ${flexCond}, m);`);
  lines.push('}', '');
  lines.push(`export const ${name}Schema: MessageSchema = {`);
  lines.push(`  name: ${JSON.stringify(name)},`);
  lines.push(`  kind: ${JSON.stringify(m.kind)},`);
  lines.push(`  apiKey: ${m.apiKey ?? 'null'},`);
  lines.push(`  validVersions: ${range(m.valid)},`);
  lines.push(`  flexibleVersions: ${range(intersect(m.flexible, m.valid))},`);
  lines.push(`  fields: ${JSON.stringify(em.schemaOf(m.structs.get(name)!))},`);
  lines.push('};', '');
  return lines.join('\n');
}

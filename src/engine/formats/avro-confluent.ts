// The `avro-confluent` format (Flink's Avro Schema Registry format): a message is Confluent's
// framing — magic byte 0, the schema id as 4 bytes big-endian — followed by Avro binary data.
// Reading: the writer schema is fetched by id from the registry ('url'; prepare() does it before a
// batch is decoded, once per id) and resolved into the reader schema derived from the table's
// columns, by Avro's resolution rules (writer fields the table lacks are skipped, columns the
// writer lacks take their default: null for nullable ones). Writing: the schema derived from the
// columns, or the explicit 'schema', is registered under 'subject' when the sink opens (the kafka
// connectors default it to '<topic>-value' / '<topic>-key'), and its id framed before each record.
// Options (without the 'avro-confluent.' prefix): url, subject, schema, basic-auth.*,
// bearer-auth.*, properties.*, and Weir's 'ignore-parse-errors' (skip bad records, as json's).
import type avro from 'avsc';
import { ROW } from '../../sql/types/types.ts';
import type { Row } from '../../sql/types/values.ts';
import type { Field } from '../../sql/plan/physical.ts';
import { WeirError } from '../../util/errors.ts';
import { bool } from '../connectors/options.ts';
import { parseSchema, rowSchema, schemaText, type AvroNode } from './avro-schema.ts';
import { AvroValueError, avroReader, avroWriter, avscType, type Convert } from './avro-values.ts';
import { RegistryClient } from './registry-client.ts';
import type { Deserializer, Format, FormatContext, Serializer } from './types.ts';

const MAGIC = 0;
const HEADER = 5;

/** A writer schema ready to decode with, or why records written with it cannot be read. */
type Reader = { readonly type: avro.Type; readonly resolver: avro.Resolver; readonly convert: Convert } | { readonly error: string };

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** How data written with the `writer` schema (JSON text) is read into rows of `fields`. */
export function readerFor(fields: readonly Field[], writer: string): { type: avro.Type; resolver: avro.Resolver; convert: Convert } {
  const reader = rowSchema(fields, parseSchema(writer));
  const type = avscType(JSON.parse(schemaText(reader)));
  const resolver = type.createResolver(avscType(JSON.parse(writer)), { ignoreNamespaces: true } as never);
  return { type, resolver, convert: avroReader(ROW(fields), reader, '') };
}

/** How rows of `fields` are written: the derived schema, or the `explicit` one checked against the columns. */
export function writerFor(fields: readonly Field[], explicit?: string): { type: avro.Type; text: string; write: Convert } {
  let node: AvroNode;
  let text: string;
  let type: avro.Type;
  if (explicit === undefined) {
    node = rowSchema(fields);
    text = schemaText(node);
    type = avscType(JSON.parse(text));
  } else {
    text = explicit;
    try {
      node = parseSchema(text);
      type = avscType(JSON.parse(text));
    } catch (e) {
      throw new WeirError('CONFIG_INVALID', `'avro-confluent.schema' is not a valid Avro schema: ${message(e)}`);
    }
  }
  return { type, text, write: avroWriter(ROW(fields, false), node, '') };
}

function deserializer(ctx: FormatContext): Deserializer {
  const ignoreParseErrors = bool(ctx.options, 'ignore-parse-errors', false);
  const client = new RegistryClient(ctx.options);
  rowSchema(ctx.fields); // refuses columns Avro cannot hold, before any record arrives
  const readers = new Map<number, Reader>();

  async function load(id: number): Promise<Reader> {
    const found = await client.schemaById(id);
    if (found === undefined) return { error: `schema id ${id} is not in the schema registry at ${client.description}` };
    if (found.schemaType.toUpperCase() !== 'AVRO') return { error: `schema id ${id} is a ${found.schemaType} schema, not Avro` };
    try {
      return readerFor(ctx.fields, found.schema);
    } catch (e) {
      return { error: `the writer schema (id ${id}) cannot be read as the table's columns: ${message(e)}` };
    }
  }

  function bad(reason: string): undefined {
    if (ignoreParseErrors) return undefined;
    throw new WeirError('RECORD_CORRUPT', reason, { hint: "fix the producer, or set 'avro-confluent.ignore-parse-errors' = 'true' to skip bad records" });
  }

  return {
    async prepare(messages: readonly Uint8Array[]): Promise<void> {
      const wanted = new Set<number>();
      for (const m of messages) {
        if (m.length < HEADER || m[0] !== MAGIC) continue;
        const id = new DataView(m.buffer, m.byteOffset + 1, 4).getInt32(0);
        if (!readers.has(id)) wanted.add(id);
      }
      const ids = [...wanted];
      const loaded = await Promise.all(ids.map(load));
      ids.forEach((id, i) => readers.set(id, loaded[i]!));
    },

    decode(bytes: Uint8Array): Row | undefined {
      if (bytes.length === 0) return bad('not Confluent Avro: the message is empty');
      if (bytes[0] !== MAGIC) return bad(`not Confluent Avro: magic byte 0x${bytes[0]!.toString(16).padStart(2, '0')}, expected 0x00`);
      if (bytes.length < HEADER) return bad(`not Confluent Avro: ${bytes.length} bytes, shorter than the 5-byte header`);
      const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const id = buf.readInt32BE(1);
      const reader = readers.get(id);
      if (reader === undefined) throw new WeirError('INTERNAL', `avro-confluent: schema id ${id} was not fetched before decoding (the connector must await prepare())`);
      if ('error' in reader) return bad(reader.error);
      let value: unknown;
      try {
        const out = reader.type.decode(buf, HEADER, reader.resolver);
        if (out.offset < 0) return bad(`Avro data of schema id ${id} ends early (${bytes.length} bytes)`);
        value = out.value;
      } catch (e) {
        return bad(`Avro data of schema id ${id} cannot be decoded: ${message(e)}`);
      }
      try {
        return reader.convert(value) as Row;
      } catch (e) {
        if (e instanceof AvroValueError) return bad(e.message);
        throw e;
      }
    },
  };
}

function serializer(ctx: FormatContext): Serializer {
  const client = new RegistryClient(ctx.options);
  const subject = ctx.options.get('subject');
  if (subject === undefined) {
    throw new WeirError('CONFIG_INVALID', "avro-confluent needs 'subject' to write: the subject the schema is registered under", {
      hint: "set 'avro-confluent.subject' (the kafka connectors default it to '<topic>-value' or '<topic>-key' for a single 'topic')",
    });
  }
  const { type, text, write } = writerFor(ctx.fields, ctx.options.get('schema'));
  let header: Buffer | undefined;
  return {
    async open(): Promise<void> {
      const id = await client.register(subject, text);
      header = Buffer.alloc(HEADER);
      header.writeInt32BE(id, 1);
    },
    encode(row: Row): Uint8Array {
      if (header === undefined) throw new WeirError('INTERNAL', 'avro-confluent: encode before open() registered the schema');
      const value = write(row);
      let body: Buffer;
      try {
        body = type.toBuffer(value);
      } catch (e) {
        throw new WeirError('CONFIG_INVALID', `cannot write the row as Avro for subject '${subject}': ${message(e)}`);
      }
      return Buffer.concat([header, body]);
    },
  };
}

export const avroConfluent: Format = { name: 'avro-confluent', deserializer, serializer };

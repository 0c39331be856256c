// Formats turn a connector's bytes into rows and back (`json`, `csv`, `raw`, `avro-confluent`), with Flink's format
// options. A format is made for one row layout (the key's or the value's fields).
import type { Row } from '../../sql/types/values.ts';
import type { Field } from '../../sql/plan/physical.ts';

export interface FormatContext {
  /** The format's options with its prefix removed: for `'value.json.ignore-parse-errors'` or
   * `'json.ignore-parse-errors'`, the key is `'ignore-parse-errors'`. */
  readonly options: ReadonlyMap<string, string>;
  /** The fields read and written, in order. */
  readonly fields: readonly Field[];
}

export interface Deserializer {
  /**
   * The row in `bytes`, or `undefined` when the bytes cannot be decoded and the options say to
   * ignore parse errors. Otherwise a bad record throws a WeirError whose message gives the reason
   * (the connector adds topic, partition and offset).
   */
  decode(bytes: Uint8Array): Row | undefined;
  /**
   * For a format that needs I/O before it can decode (avro-confluent fetches the writer schemas of
   * ids it has not seen): the connector awaits it with a batch's messages before decoding any of
   * them. Formats without it decode with no await.
   */
  prepare?(messages: readonly Uint8Array[]): Promise<void>;
}

export interface Serializer {
  encode(row: Row): Uint8Array;
  /** For a format that needs I/O before it can encode (avro-confluent registers its schema): the
   * connector awaits it once, before the first encode. */
  open?(): Promise<void>;
}

export interface Format {
  readonly name: string;
  deserializer(ctx: FormatContext): Deserializer;
  serializer(ctx: FormatContext): Serializer;
}

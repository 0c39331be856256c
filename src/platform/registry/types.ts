// Weir's schema registry: the Confluent Schema Registry model (subjects with numbered versions,
// schemas with global ids, compatibility config per subject and global, modes) kept in the
// platform's SQLite database. The HTTP API (src/server/registry.ts) serves it at Confluent's paths;
// plan/apply calls it directly. Formats: AVRO, JSON (JSON Schema), PROTOBUF.
import type { Compatibility, SchemaFormat } from '../spec/model.ts';

export interface SchemaReference {
  readonly name: string;
  readonly subject: string;
  readonly version: number;
}

/** A schema as a client submits it (schemaType absent = AVRO, as Confluent's API). */
export interface SchemaInput {
  readonly schemaType?: SchemaFormat;
  readonly schema: string;
  readonly references?: readonly SchemaReference[];
}

export interface RegisteredSchema {
  readonly id: number;
  readonly subject: string;
  readonly version: number;
  readonly schemaType: SchemaFormat;
  readonly schema: string;
  readonly references: readonly SchemaReference[];
}

export interface CompatibilityResult {
  readonly compatible: boolean;
  /** Why not (Confluent's `verbose` messages), empty when compatible. */
  readonly messages: readonly string[];
}

export type RegistryMode = 'READWRITE' | 'READONLY' | 'IMPORT';

/** What plan/apply needs; the SchemaRegistry class (registry/registry.ts) implements it and more. */
export interface SchemaRegistryApi {
  latest(subject: string): RegisteredSchema | undefined;
  /** The registered version of this exact schema under the subject (after normalization), if any. */
  lookup(subject: string, schema: SchemaInput): RegisteredSchema | undefined;
  /** Against the versions the subject's effective compatibility level says (latest or all). */
  testCompatibility(subject: string, schema: SchemaInput): CompatibilityResult;
  /** Registers (idempotent: an existing identical schema returns its id and version). Throws a
   * WeirError code CONFLICT when incompatible, SPEC_INVALID when the schema does not parse. */
  register(subject: string, schema: SchemaInput): { readonly id: number; readonly version: number };
  /** The subject's level, or the global one. */
  compatibility(subject: string): Compatibility;
  /** Sets (level) or removes (undefined) the subject-level compatibility. */
  setCompatibility(subject: string, level: Compatibility | undefined): void;
  /** The subject's own level, if set. */
  subjectCompatibility(subject: string): Compatibility | undefined;
  /** Hard-deletes one version (undo of a registration). */
  deleteVersion(subject: string, version: number): void;
}

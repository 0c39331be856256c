// Compatibility levels over a format's reader/writer check. BACKWARD: the new schema reads data
// written with the old; FORWARD: the old reads the new; FULL: both. Plain levels compare with the
// latest version only, *_TRANSITIVE with every version. As Confluent, versions are checked newest
// first and the check stops at the first incompatible one, whose messages (in Confluent's verbose
// style) say why, then name that version and the level.
import type { Compatibility, SchemaFormat } from '../spec/model.ts';
import type { FormatHandler, Incompatibility } from './format.ts';

export const COMPATIBILITY_LEVELS: readonly Compatibility[] = [
  'NONE',
  'BACKWARD',
  'BACKWARD_TRANSITIVE',
  'FORWARD',
  'FORWARD_TRANSITIVE',
  'FULL',
  'FULL_TRANSITIVE',
];

export function isCompatibilityLevel(value: unknown): value is Compatibility {
  return typeof value === 'string' && (COMPATIBILITY_LEVELS as readonly string[]).includes(value);
}

export interface PreviousVersion<P> {
  readonly version: number;
  /** A version of another format is incompatible under any level but NONE, as Confluent's. */
  readonly schemaType: SchemaFormat;
  readonly schema: string;
  /** Parsed by `schemaType`'s handler (only read when that is the candidate's format). */
  readonly parsed: P;
}

/**
 * Why `candidate` may not follow `previous` (oldest first) under `level`; empty when it may.
 * `previous` is all the subject's live versions; the level decides which of them count.
 */
export function compatibilityMessages<P>(
  handler: FormatHandler<P>,
  level: Compatibility,
  candidate: P,
  previous: readonly PreviousVersion<P>[],
): string[] {
  if (level === 'NONE' || previous.length === 0) return [];
  const transitive = level.endsWith('_TRANSITIVE');
  const against = transitive ? [...previous].reverse() : previous.slice(-1);
  const backward = level.startsWith('BACKWARD') || level.startsWith('FULL');
  const forward = level.startsWith('FORWARD') || level.startsWith('FULL');
  for (const old of against) {
    const found: string[] = [];
    if (old.schemaType !== handler.format) {
      found.push(`{errorType:'SCHEMA_TYPE_CHANGED', description:'Incompatible because of different schema type: ${old.schemaType} to ${handler.format}'}`);
    } else {
      if (backward) found.push(...handler.incompatibilities(candidate, old.parsed).map((i) => describe(i, 'new', 'old')));
      if (forward) found.push(...handler.incompatibilities(old.parsed, candidate).map((i) => describe(i, 'old', 'new')));
    }
    if (found.length > 0) {
      return [...found, `{oldSchemaVersion: ${old.version}}`, `{oldSchema: '${old.schema}'}`, `{compatibility: '${level}'}`];
    }
  }
  return [];
}

/** One incompatibility as Confluent's verbose message: `{errorType:'…', description:'…', additionalInfo:'…'}`. */
export function describe(incompatibility: Incompatibility, reader: string, writer: string): string {
  const description = incompatibility.description.replaceAll('{reader}', reader).replaceAll('{writer}', writer);
  const info = incompatibility.additionalInfo === undefined ? '' : `, additionalInfo:'${incompatibility.additionalInfo}'`;
  return `{errorType:'${incompatibility.type}', description:'${description}'${info}}`;
}

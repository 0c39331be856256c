// The schema registry's errors: WeirErrors that also carry Confluent's HTTP status and
// `error_code`, so the HTTP API (src/server/registry.ts) answers as Confluent's registry does and
// plan/apply sees the ordinary Weir codes (NOT_FOUND, CONFLICT, SPEC_INVALID, ...).
import { WeirError, type ErrorCode } from '../../util/errors.ts';

export class RegistryError extends WeirError {
  /** Confluent's `error_code` (40401, 42201, ...). */
  readonly errorCode: number;
  /** The HTTP status Confluent answers with. */
  readonly status: number;

  constructor(status: number, errorCode: number, code: ErrorCode, message: string, hint?: string) {
    super(code, message, hint === undefined ? {} : { hint });
    this.status = status;
    this.errorCode = errorCode;
  }
}

const LEVELS_HINT = 'Valid values are NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL and FULL_TRANSITIVE';

export const registryErrors = {
  badRequest: (message: string) => new RegistryError(400, 400, 'SPEC_INVALID', message),
  subjectNotFound: (subject: string) => new RegistryError(404, 40401, 'NOT_FOUND', `Subject '${subject}' not found.`),
  versionNotFound: (version: number | string) => new RegistryError(404, 40402, 'NOT_FOUND', `Version ${version} not found.`),
  schemaNotFound: (id?: number) =>
    new RegistryError(404, 40403, 'NOT_FOUND', id === undefined || Number.isNaN(id) ? 'Schema not found' : `Schema ${id} not found`),
  subjectSoftDeleted: (subject: string) =>
    new RegistryError(404, 40404, 'CONFLICT', `Subject '${subject}' was soft deleted. Set permanent=true to delete permanently`),
  subjectNotSoftDeleted: (subject: string) =>
    new RegistryError(404, 40405, 'CONFLICT', `Subject '${subject}' was not deleted first before being permanently deleted`),
  versionSoftDeleted: (subject: string, version: number) =>
    new RegistryError(404, 40406, 'CONFLICT', `Subject '${subject}' Version ${version} was soft deleted. Set permanent=true to delete permanently`),
  versionNotSoftDeleted: (subject: string, version: number) =>
    new RegistryError(404, 40407, 'CONFLICT', `Subject '${subject}' Version ${version} was not deleted first before being permanently deleted`),
  compatibilityNotConfigured: (subject: string) =>
    new RegistryError(404, 40408, 'NOT_FOUND', `Subject '${subject}' does not have subject-level compatibility configured`),
  modeNotConfigured: (subject: string) =>
    new RegistryError(404, 40409, 'NOT_FOUND', `Subject '${subject}' does not have subject-level mode configured`),
  incompatible: (subject: string, messages: readonly string[]) =>
    new RegistryError(
      409,
      409,
      'CONFLICT',
      `Schema being registered is incompatible with an earlier schema for subject "${subject}", details: [${messages.join(', ')}]`,
      'Make the change compatible (for Avro: give new fields a default), or change the subject\'s compatibility level',
    ),
  invalidSchema: (detail: string) => new RegistryError(422, 42201, 'SPEC_INVALID', `Invalid schema ${detail}`),
  invalidVersion: (version: string) =>
    new RegistryError(
      422,
      42202,
      'SPEC_INVALID',
      `The specified version '${version}' is not a valid version id. Allowed values are between [1, 2^31-1] and the string "latest"`,
    ),
  invalidCompatibility: (level: string) =>
    new RegistryError(422, 42203, 'SPEC_INVALID', `Invalid compatibility level '${level}'. ${LEVELS_HINT}`),
  invalidMode: (mode: string) =>
    new RegistryError(422, 42204, 'SPEC_INVALID', `Invalid mode '${mode}'. Valid values are READWRITE, READONLY and IMPORT`),
  notPermitted: (message: string) => new RegistryError(422, 42205, 'CONFLICT', message),
  referenceExists: (subject: string, version: number) =>
    new RegistryError(422, 42206, 'CONFLICT', `One or more references exist to the schema {subject=${subject}, version=${version}}`),
  invalidSubject: (subject: string) => new RegistryError(422, 42208, 'SPEC_INVALID', `Invalid subject ${JSON.stringify(subject)}`),
};

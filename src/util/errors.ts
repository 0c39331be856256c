// One error base class for all of Weir (STYLE example 8). Kafka wire error codes are a separate,
// generated table (src/protocol/generated/error-codes.ts); these codes are Weir's own.

export type ErrorDomain = 'user' | 'external' | 'internal';

/** Weir's own error codes, each with the domain it belongs to and whether retrying can help. */
export const ErrorCodes = {
  PROTOCOL_MALFORMED: { domain: 'external', retriable: false },
  PROTOCOL_UNSUPPORTED_VERSION: { domain: 'external', retriable: false },
  PROTOCOL_UNKNOWN_API: { domain: 'external', retriable: false },
  PROTOCOL_ENCODE: { domain: 'internal', retriable: false },
  RECORD_CORRUPT: { domain: 'external', retriable: false },
  COMPRESSION: { domain: 'external', retriable: false },
  OBJECT_NOT_FOUND: { domain: 'external', retriable: false },
  OBJECT_STORE_UNAVAILABLE: { domain: 'external', retriable: true },
  OBJECT_CORRUPT: { domain: 'external', retriable: false },
  WAL_CORRUPT: { domain: 'external', retriable: false },
  DISK_FULL: { domain: 'external', retriable: true },
  STORAGE_IO: { domain: 'external', retriable: true },
  CONFIG_INVALID: { domain: 'user', retriable: false },
  CLI_USAGE: { domain: 'user', retriable: false },
  SPEC_INVALID: { domain: 'user', retriable: false },
  POLICY_VIOLATION: { domain: 'user', retriable: false },
  NOT_FOUND: { domain: 'user', retriable: false },
  CONFLICT: { domain: 'user', retriable: false },
  CLUSTER: { domain: 'external', retriable: true },
  NOT_IMPLEMENTED: { domain: 'user', retriable: false },
  INTERNAL: { domain: 'internal', retriable: false },
} as const satisfies Record<string, { domain: ErrorDomain; retriable: boolean }>;

export type ErrorCode = keyof typeof ErrorCodes;

export interface WeirErrorOptions {
  cause?: unknown;
  /** Where the problem is: file:line:col, topic/partition, field, peer address. */
  where?: string;
  /** What the user can do about it. */
  hint?: string;
  retriable?: boolean;
}

export class WeirError extends Error {
  readonly code: ErrorCode;
  readonly domain: ErrorDomain;
  readonly retriable: boolean;
  readonly where: string | undefined;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: WeirErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.domain = ErrorCodes[code].domain;
    this.retriable = options.retriable ?? ErrorCodes[code].retriable;
    this.where = options.where;
    this.hint = options.hint;
  }

  /** The message as a user should read it: what, where, and what to do. */
  describe(): string {
    let text = this.message;
    if (this.where !== undefined && !text.includes(this.where)) text += ` (at ${this.where})`;
    if (this.hint !== undefined) text += `. ${this.hint}`;
    return text;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      domain: this.domain,
      retriable: this.retriable,
      message: this.message,
      where: this.where,
      hint: this.hint,
    };
  }
}

export function isWeirError(value: unknown): value is WeirError {
  return value instanceof WeirError;
}

import { WeirError, type ErrorCode } from '../util/errors.ts';

export interface ProtocolErrorContext {
  /** The message being read or written, e.g. `ProduceRequest`, `RecordBatch`. */
  message?: string;
  version?: number;
  /** Dotted path of the field, e.g. `Topics.Partitions.Records`. */
  field?: string;
  /** Byte offset in the input where the problem was found. */
  offset?: number;
}

/** A malformed, short or unsupported protocol input. Always names what and where. */
export class ProtocolError extends WeirError {
  readonly context: ProtocolErrorContext;

  constructor(reason: string, context: ProtocolErrorContext = {}, code: ErrorCode = 'PROTOCOL_MALFORMED', cause?: unknown) {
    super(code, `${describeContext(context)}: ${reason}`, { where: whereOf(context), cause });
    this.context = context;
  }
}

function describeContext(c: ProtocolErrorContext): string {
  let s = c.message ?? 'protocol input';
  if (c.version !== undefined) s += ` v${c.version}`;
  if (c.field !== undefined) s += ` field ${c.field}`;
  return s;
}

function whereOf(c: ProtocolErrorContext): string | undefined {
  return c.offset === undefined ? undefined : `byte ${c.offset}`;
}

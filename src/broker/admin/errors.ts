// A Kafka error code with the message the admin APIs send beside it, and the translation of Weir's
// own errors into one.
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import { WeirError } from '../../util/errors.ts';

export interface ApiError {
  readonly code: number;
  readonly message: string | null;
}

export const NO_ERROR: ApiError = { code: KafkaErrors.NONE, message: null };

export function apiError(code: number, message: string | null): ApiError {
  return { code, message };
}

/** The message a Weir error carries for a client: what, where, and what to do. */
export function describeError(err: unknown): string {
  return err instanceof WeirError ? err.describe() : err instanceof Error ? err.message : String(err);
}

/** An unexpected failure: storage trouble is KAFKA_STORAGE_ERROR (retriable), anything else UNKNOWN_SERVER_ERROR. */
export function unexpected(err: unknown): ApiError {
  const storage = err instanceof WeirError && (err.code === 'STORAGE_IO' || err.code === 'DISK_FULL' || err.code === 'OBJECT_STORE_UNAVAILABLE');
  return { code: storage ? KafkaErrors.KAFKA_STORAGE_ERROR : KafkaErrors.UNKNOWN_SERVER_ERROR, message: describeError(err) };
}

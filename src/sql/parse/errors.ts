// Errors of the SQL front end. A syntax error and a validation error (unknown column, type error,
// bad option) are a user's CONFIG_INVALID, valid Flink SQL that Weir does not support yet is
// NOT_IMPLEMENTED, and `kind` says which for callers that care. Messages read `file:line:col: …` (line and column 1-based).
import { WeirError } from '../../util/errors.ts';

export type SqlErrorKind = 'syntax' | 'validation' | 'unsupported';

export class SqlError extends WeirError {
  readonly kind: SqlErrorKind;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The offending text (a token, or the start of the unsupported construct). */
  readonly text: string;

  constructor(kind: SqlErrorKind, file: string, line: number, column: number, text: string, what: string) {
    super(kind === 'unsupported' ? 'NOT_IMPLEMENTED' : 'CONFIG_INVALID', `${file}:${line}:${column}: ${what}`, {
      where: `${file}:${line}:${column}`,
      hint: kind === 'unsupported' ? 'the statement is valid Flink SQL; it can still be deployed to a Flink target' : undefined,
    });
    this.kind = kind;
    this.file = file;
    this.line = line;
    this.column = column;
    this.text = text;
  }
}

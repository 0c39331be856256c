// Typed literals: DATE '…', TIME '…', TIMESTAMP '…', TIMESTAMP_LTZ '…' and INTERVAL '…' <qualifier>,
// parsed into the runtime representation with Flink's (Calcite's) formats and literal types:
// TIMESTAMP '2024-01-01 10:00:00.12' is TIMESTAMP(2) NOT NULL (precision = fraction digits written),
// INTERVAL '5' SECOND is 5000 ms, INTERVAL '1-2' YEAR TO MONTH is 14 months, INTERVAL
// '1 10:00:00' DAY TO SECOND is 122400000 ms. A leading '-' or '+' applies to the whole interval.
import type { Rex, SourcePos } from '../plan/rex.ts';
import { literal } from '../plan/rex.ts';
import * as T from '../types/types.ts';
import type { LogicalType, DayTimeResolution, YearMonthResolution } from '../types/types.ts';
import { WeirError } from '../../util/errors.ts';
import { validation } from './typing.ts';
import { localToInstant, parseDate, parseTime, parseTimestamp } from './datetime.ts';

export interface LiteralOptions {
  /** Where the literal was written; errors are SqlErrors there (WeirErrors without it). */
  readonly at?: SourcePos;
  /** Session time zone for TIMESTAMP_LTZ literals (default UTC). */
  readonly timeZone?: string;
}

function bad(kind: string, text: string, format: string, at?: SourcePos): Error {
  const msg = `Illegal ${kind} literal '${text}': not in format '${format}'`;
  return at === undefined ? new WeirError('CONFIG_INVALID', msg) : validation(at, text, msg);
}

const STRICT_DATE = /^\s*[+-]?\d{1,9}-\d{1,2}-\d{1,2}\s*$/;
const STRICT_TS = /^\s*[+-]?\d{1,9}-\d{1,2}-\d{1,2}([ T]\d{1,2}:\d{1,2}(:\d{1,2}(\.\d{1,9})?)?)?\s*$/;

/** The runtime value of a typed literal's text (DATE, TIME, TIMESTAMP, TIMESTAMP_LTZ). */
export function parseLiteral(text: string, type: LogicalType, options: LiteralOptions = {}): unknown {
  switch (type.kind) {
    case 'DATE': {
      const v = STRICT_DATE.test(text) ? parseDate(text) : null;
      if (v === null) throw bad('DATE', text, 'yyyy-MM-dd', options.at);
      return v;
    }
    case 'TIME': {
      const v = parseTime(text);
      if (v === null) throw bad('TIME', text, 'HH:mm:ss', options.at);
      return v;
    }
    case 'TIMESTAMP': case 'TIMESTAMP_LTZ': {
      const v = STRICT_TS.test(text) ? parseTimestamp(text) : null;
      if (v === null) throw bad(type.kind, text, 'yyyy-MM-dd HH:mm:ss', options.at);
      return type.kind === 'TIMESTAMP' ? v : localToInstant(v, options.timeZone ?? 'UTC');
    }
    default: {
      const msg = `No typed literal of type ${T.toSql(type)}`;
      throw options.at === undefined ? new WeirError('CONFIG_INVALID', msg) : validation(options.at, text, msg);
    }
  }
}

/** A typed literal as a Rex: `typeName` is DATE, TIME, TIMESTAMP or TIMESTAMP_LTZ (as the AST has it). */
export function typedLiteral(typeName: string, text: string, at: SourcePos, timeZone = 'UTC'): Rex {
  const digits = /\.(\d+)\s*$/.exec(text)?.[1]?.length ?? 0;
  const name = typeName.toUpperCase().replace(/\s+/g, ' ');
  let type: LogicalType;
  switch (name) {
    case 'DATE': type = T.DATE(false); break;
    case 'TIME': type = T.TIME(Math.min(digits, 9), false); break;
    case 'TIMESTAMP': case 'TIMESTAMP WITHOUT TIME ZONE': type = T.TIMESTAMP(Math.min(digits, 9), false); break;
    case 'TIMESTAMP_LTZ': case 'TIMESTAMP WITH LOCAL TIME ZONE': type = T.TIMESTAMP_LTZ(Math.min(digits, 9), false); break;
    default: throw validation(at, typeName, `Unknown typed literal ${typeName} '${text}': use DATE, TIME, TIMESTAMP or TIMESTAMP_LTZ`);
  }
  return literal(parseLiteral(text, type, { at, timeZone }), type);
}

// ---- intervals ----------------------------------------------------------------------------------

const UNIT_MS: Record<string, number> = { DAY: 86_400_000, HOUR: 3_600_000, MINUTE: 60_000, SECOND: 1000 };
const DT_UNITS = ['DAY', 'HOUR', 'MINUTE', 'SECOND'];
const LIMIT: Record<string, number> = { MONTH: 12, HOUR: 24, MINUTE: 60, SECOND: 60 };

const unitName = (u: string): string => u.toUpperCase().replace(/\(.*\)$/, '').replace(/S$/, '');

/** The value and type of INTERVAL '<value>' <from> [TO <to>]. */
export function intervalValue(value: string, from: string, to: string | undefined, at: SourcePos): { value: number; type: LogicalType } {
  const f = unitName(from);
  const t = to === undefined ? undefined : unitName(to);
  const qualifier = t === undefined ? f : `${f} TO ${t}`;
  const fail = (why: string): never => { throw validation(at, value, `Illegal interval literal '${value}' for INTERVAL ${qualifier}: ${why}`); };
  const m = /^\s*([+-]?)\s*(.*?)\s*$/.exec(value)!;
  const sign = m[1] === '-' ? -1 : 1;
  const body = m[2]!;
  // Field separators per qualifier: YEAR-MONTH, DAY HOUR:MINUTE:SECOND.
  if (f === 'YEAR' || f === 'MONTH') {
    if (t !== undefined && !(f === 'YEAR' && t === 'MONTH')) fail('unsupported qualifier');
    const parts = t === 'MONTH' ? /^(\d+)-(\d+)$/.exec(body) : /^(\d+)$/.exec(body);
    if (parts === null) fail(`expected ${t === 'MONTH' ? "'years-months'" : 'an integer'}`);
    const lead = parts![1]!;
    if (lead.length > 4) fail('the leading field has more than 4 digits');
    let months = Number(lead) * (f === 'YEAR' ? 12 : 1);
    if (t === 'MONTH') {
      const mm = Number(parts![2]);
      if (mm >= LIMIT.MONTH!) fail('months must be between 0 and 11');
      months += mm;
    }
    const resolution: YearMonthResolution = t === 'MONTH' ? 'YEAR_TO_MONTH' : f === 'YEAR' ? 'YEAR' : 'MONTH';
    return { value: sign * months, type: T.INTERVAL_YEAR_MONTH(resolution, Math.max(2, lead.length), false) };
  }
  const i0 = DT_UNITS.indexOf(f);
  const i1 = t === undefined ? i0 : DT_UNITS.indexOf(t);
  if (i0 < 0 || i1 < i0 || (t !== undefined && i1 === i0)) fail('unsupported qualifier');
  const units = DT_UNITS.slice(i0, i1 + 1);
  // 'd h:m:s.fff' — the first separator after DAY is a space, the rest colons.
  const fields = body.split(/[ :]/);
  if (fields.length !== units.length) fail(`expected ${units.length} field(s): ${units.join(', ').toLowerCase()}`);
  let ms = 0;
  let lead = '';
  for (const [k, unit] of units.entries()) {
    const text = fields[k]!;
    const last = unit === 'SECOND';
    if (!(last ? /^\d+(\.\d{1,9})?$/ : /^\d+$/).test(text)) fail(`'${text}' is not a valid ${unit.toLowerCase()} value`);
    const n = Number(text);
    if (k === 0) lead = text.split('.')[0]!;
    else if (n >= LIMIT[unit]!) fail(`${unit.toLowerCase()} must be less than ${LIMIT[unit]}`);
    ms += Math.round(n * UNIT_MS[unit]!);
  }
  if (lead.length > 6) fail('the leading field has more than 6 digits');
  const resolution = (t === undefined ? f : `${f}_TO_${t}`) as DayTimeResolution;
  return { value: sign * ms, type: T.INTERVAL_DAY_TIME(resolution, f === 'DAY' ? Math.max(2, lead.length) : 2, 3, false) };
}

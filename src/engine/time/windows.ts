// Window assignment for the window TVFs, as Flink's: TUMBLE, HOP and CUMULATE windows a time
// falls in, aligned to the epoch plus `offset` (TimeWindow.getWindowStartWithOffset). Windows are
// [start, end) in milliseconds; window_time is end − 1. SESSION windows depend on the data and are
// merged by the session operator.
import type { WindowSpec } from '../../sql/plan/physical.ts';
import type { LogicalType } from '../../sql/types/types.ts';
import { instantToLocal, localToInstant } from '../../sql/functions/datetime.ts';

/** The start of the window of `size` that `t` falls in. */
function windowStart(t: number, offset: number, size: number): number {
  const rem = (t - offset) % size;
  return rem < 0 ? t - (rem + size) : t - rem;
}

/**
 * Writes the windows containing `t` as start, end pairs into `out` (reused by the caller) and
 * returns how many windows there are. Session specs give none (see window-session.ts).
 */
export function windowsOf(spec: WindowSpec, t: number, out: number[]): number {
  switch (spec.kind) {
    case 'tumble': {
      const start = windowStart(t, spec.offset, spec.size);
      out[0] = start;
      out[1] = start + spec.size;
      return 1;
    }
    case 'hop': {
      let n = 0;
      for (let start = windowStart(t, spec.offset, spec.slide); start > t - spec.size; start -= spec.slide) {
        out[2 * n] = start;
        out[2 * n + 1] = start + spec.size;
        n++;
      }
      return n;
    }
    case 'cumulate': {
      const start = windowStart(t, spec.offset, spec.size);
      let n = 0;
      for (let end = start + spec.step; end <= start + spec.size; end += spec.step) {
        if (t >= end) continue;
        out[2 * n] = start;
        out[2 * n + 1] = end;
        n++;
      }
      return n;
    }
    case 'session':
      return 0;
  }
}

/** Flink fires a window when the watermark (or processing time) reaches end − 1. */
export const isFired = (end: number, time: number): boolean => end - 1 <= time;

/**
 * Windows over a TIMESTAMP_LTZ time attribute (and PROCTIME, which is one) are aligned in the
 * session time zone, as Flink's shiftTimeZone: an instant is turned into the zone's wall clock for
 * assignment, window_start/window_end are wall-clock TIMESTAMPs, and a window fires when the
 * watermark (an instant) reaches the instant of its end − 1. TIMESTAMP (no zone) and UTC need no
 * shift: `undefined`.
 */
export interface ZoneShift {
  toLocal(instant: number): number;
  toInstant(local: number): number;
}

export function zoneShift(timeType: LogicalType | undefined, proctime: boolean, timeZone: string): ZoneShift | undefined {
  if (timeZone === 'UTC' || timeZone === 'Z' || timeZone === '+00:00') return undefined;
  if (!proctime && timeType?.kind !== 'TIMESTAMP_LTZ') return undefined;
  return { toLocal: (t) => instantToLocal(t, timeZone), toInstant: (l) => localToInstant(l, timeZone) };
}

// Window assignment for the window TVFs, as Flink's: TUMBLE, HOP and CUMULATE windows a time
// falls in, aligned to the epoch plus `offset` (TimeWindow.getWindowStartWithOffset). Windows are
// [start, end) in milliseconds; window_time is end − 1. SESSION windows depend on the data and are
// merged by the session operator.
import type { WindowSpec } from '../../sql/plan/physical.ts';

/** The start of the window of `size` that `t` falls in. */
export function windowStart(t: number, offset: number, size: number): number {
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

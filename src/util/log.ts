// Structured logging: one pino logger per process, child loggers per component.
import { pino, type Logger, type LevelWithSilent } from 'pino';

export type { Logger };

const level = (process.env.WEIR_LOG_LEVEL ?? (process.env.NODE_TEST_CONTEXT ? 'silent' : 'info')) as LevelWithSilent;

const root: Logger = pino({
  level,
  base: { pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
});

/** A logger for one component, e.g. `logger('broker')`; every line carries `component`. */
export function logger(component: string, bindings: Record<string, unknown> = {}): Logger {
  return root.child({ component, ...bindings });
}

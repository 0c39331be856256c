// Reading a format's options (already validated at CREATE TABLE, prefix already removed).
import { WeirError } from '../../util/errors.ts';

/** An enum option's value in the spelling of `values` (options compare case-insensitively). */
export function choice<T extends string>(options: ReadonlyMap<string, string>, key: string, values: readonly T[], fallback: T): T {
  const v = options.get(key);
  if (v === undefined) return fallback;
  const found = values.find((x) => x.toLowerCase() === v.trim().toLowerCase());
  if (found === undefined) throw new WeirError('CONFIG_INVALID', `Invalid value '${v}' for format option '${key}': allowed values are ${values.join(', ')}`);
  return found;
}

/** A single-character option (csv delimiters and quotes). */
export function char(options: ReadonlyMap<string, string>, key: string, fallback: string | undefined): string | undefined {
  const v = options.get(key);
  if (v === undefined) return fallback;
  const c = v === '\\t' ? '\t' : v;
  if (c.length !== 1) throw new WeirError('CONFIG_INVALID', `Format option '${key}' must be a single character, got '${v}'`);
  return c;
}

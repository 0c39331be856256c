// An object store that forwards every call to another, except those it overrides: for counting
// requests, injecting failures, or adding metrics around a real driver.
import type { ObjectStore } from './types.ts';

export function delegating(inner: ObjectStore, overrides: Partial<ObjectStore>): ObjectStore {
  return {
    description: overrides.description ?? inner.description,
    get: overrides.get ?? ((k) => inner.get(k)),
    getRange: overrides.getRange ?? ((k, a, b) => inner.getRange(k, a, b)),
    head: overrides.head ?? ((k) => inner.head(k)),
    put: overrides.put ?? ((k, d) => inner.put(k, d)),
    putIfAbsent: overrides.putIfAbsent ?? ((k, d) => inner.putIfAbsent(k, d)),
    list: overrides.list ?? ((p) => inner.list(p)),
    delete: overrides.delete ?? ((k) => inner.delete(k)),
    close: overrides.close ?? (() => inner.close()),
  };
}

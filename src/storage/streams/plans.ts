// Decisions about a stream's objects, as pure functions of what the caller already knows (STYLE
// example 5): which ranges compaction merges into stream objects, and where retention moves the log
// start. The caller does the I/O.
import type { Range, ObjectKind } from '../metadata/store.ts';
import type { EffectiveConfig } from '../topic-config.ts';

/**
 * Groups consecutive ranges into runs of at most `targetBytes` whose newest timestamps lie within
 * `maxSpanMs` of each other (so retention can still delete whole objects). A run is worth rewriting
 * when it has several ranges, or its one range sits in a stream-set object; single stream objects stay.
 */
export function planStreamObjects(ranges: readonly Range[], kindOf: (key: string) => ObjectKind, targetBytes: number, maxSpanMs: number): Range[][] {
  const groups: Range[][] = [];
  let current: Range[] = [];
  let size = 0;
  const span = BigInt(maxSpanMs);
  const close = (): void => {
    if (current.length > 1 || (current.length === 1 && kindOf(current[0]!.objectKey) === 'stream-set')) groups.push(current);
    current = [];
    size = 0;
  };
  for (const r of ranges) {
    const isBigStreamObject = kindOf(r.objectKey) === 'stream' && r.size >= targetBytes / 2;
    if (isBigStreamObject) {
      close();
      continue;
    }
    if (current.length > 0 && (size + r.size > targetBytes || r.maxTimestamp - current[0]!.maxTimestamp > span)) close();
    current.push(r);
    size += r.size;
  }
  close();
  return groups;
}

/**
 * The new log start offset that retention asks for, or null to keep everything. Only whole ranges go:
 * by time, leading ranges whose newest record is older than retention.ms; by size, leading ranges
 * while what remains without them still reaches retention.bytes. Hot bytes count towards the size.
 */
export function planRetention(ranges: readonly Range[], hotBytes: number, config: EffectiveConfig, nowMs: number): bigint | null {
  if (!config.deletePolicy) return null;
  let drop = 0;
  if (config.retentionMs >= 0) {
    const horizon = BigInt(nowMs - config.retentionMs);
    while (drop < ranges.length && ranges[drop]!.maxTimestamp < horizon) drop++;
  }
  if (config.retentionBytes >= 0) {
    let total = hotBytes;
    for (const r of ranges) total += r.size;
    for (let i = 0; i < drop; i++) total -= ranges[i]!.size;
    while (drop < ranges.length && total - ranges[drop]!.size >= config.retentionBytes) {
      total -= ranges[drop]!.size;
      drop++;
    }
  }
  return drop === 0 ? null : ranges[drop - 1]!.endOffset;
}

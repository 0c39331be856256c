// Which partition a sink record goes to, as Flink's 'sink.partitioner' names the choices:
//   default      Kafka's own: murmur2 of the key bytes when there is a key, else a sticky
//                partition that changes once a batch's worth of bytes went to it (Kafka's uniform
//                sticky partitioner, KIP-794);
//   fixed        Flink's FlinkFixedPartitioner: sink subtask i writes to partition i mod n (one
//                subtask here, so partition 0);
//   round-robin  Kafka's RoundRobinPartitioner: a per-topic counter over the partitions.

export type PartitionerName = 'default' | 'fixed' | 'round-robin';

/** Kafka's murmur2 (org.apache.kafka.common.utils.Utils.murmur2), as a signed 32-bit int. */
export function murmur2(data: Uint8Array): number {
  const m = 0x5bd1e995;
  const length = data.length;
  let h = (0x9747b28c ^ length) | 0;
  const whole = length & ~3;
  for (let i = 0; i < whole; i += 4) {
    let k = data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24);
    k = Math.imul(k, m);
    k ^= k >>> 24;
    k = Math.imul(k, m);
    h = Math.imul(h, m) ^ k;
  }
  const tail = length & 3;
  if (tail > 0) {
    if (tail === 3) h ^= data[whole + 2]! << 16;
    if (tail >= 2) h ^= data[whole + 1]! << 8;
    h ^= data[whole]!;
    h = Math.imul(h, m);
  }
  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return h | 0;
}

/** The partition Kafka's default partitioner picks for a keyed record. */
export function keyPartition(key: Uint8Array, partitions: number): number {
  return (murmur2(key) & 0x7fffffff) % partitions;
}

export interface Partitioner {
  /** The partition for a record of `bytes` bytes with this key (null: no key). */
  partition(topic: string, key: Uint8Array | null, bytes: number, partitions: number): number;
}

/** `batchBytes`: Kafka's batch.size, after which the sticky partition moves on. */
export function makePartitioner(name: PartitionerName, batchBytes: number, random: () => number = Math.random): Partitioner {
  switch (name) {
    case 'fixed':
      return { partition: () => 0 };
    case 'round-robin': {
      const counters = new Map<string, number>();
      return {
        partition(topic, _key, _bytes, partitions) {
          const n = counters.get(topic) ?? 0;
          counters.set(topic, n + 1);
          return n % partitions;
        },
      };
    }
    case 'default': {
      const sticky = new Map<string, { partition: number; bytes: number }>();
      return {
        partition(topic, key, bytes, partitions) {
          if (key !== null) return keyPartition(key, partitions);
          let s = sticky.get(topic);
          if (s === undefined || s.partition >= partitions || s.bytes >= batchBytes) {
            // Kafka picks another partition than the last one when it can.
            let next = Math.floor(random() * partitions);
            if (s !== undefined && partitions > 1 && next === s.partition) next = (next + 1) % partitions;
            s = { partition: next, bytes: 0 };
            sticky.set(topic, s);
          }
          s.bytes += bytes;
          return s.partition;
        },
      };
    }
  }
}

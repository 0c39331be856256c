// @platformatic/kafka clients: a producer with many requests in flight (acks=all); a consumer that
// reads a topic to its end, both through the group consume() stream (when the broker serves consumer
// groups) and through the consumer's own fetch() (one Fetch for all partitions in flight, records
// counted, no per-message objects); and a fixed-rate producer whose every send is awaited and timed
// from send to ack.
import { Consumer, Producer } from '@platformatic/kafka';

const ALL = -1;

/** Produces `records` records of `size` bytes to `topic` in sends of `perSend` records, up to `inflight` sends at a time; returns seconds. */
export async function pkProduce(bootstrap: string, topic: string, records: number, size: number, perSend: number, inflight: number): Promise<number> {
  const producer = new Producer({ clientId: 'bench-producer', bootstrapBrokers: [bootstrap], acks: ALL, maxInflights: inflight, autocreateTopics: true });
  try {
    const value = Buffer.alloc(size, 0x70);
    await producer.metadata({ topics: [topic], autocreateTopics: true });
    let next = 0;
    const start = performance.now();
    const worker = async (): Promise<void> => {
      while (next < records) {
        const n = Math.min(perSend, records - next);
        next += n;
        const messages = new Array(n);
        for (let i = 0; i < n; i++) messages[i] = { topic, value };
        await producer.send({ messages, acks: ALL });
      }
    };
    await Promise.all(Array.from({ length: inflight }, worker));
    return (performance.now() - start) / 1000;
  } finally {
    await producer.close();
  }
}

const GROUP_APIS = [10, 11, 12, 13, 14]; // FindCoordinator, JoinGroup, Heartbeat, LeaveGroup, SyncGroup

/** Whether the broker advertises what the group consumer stream needs. */
export async function servesGroups(bootstrap: string): Promise<boolean> {
  const consumer = new Consumer({ clientId: 'bench-probe', groupId: 'bench-probe', bootstrapBrokers: [bootstrap] });
  try {
    const apis = await consumer.listApis();
    return GROUP_APIS.every((k) => apis.some((a) => a.apiKey === k));
  } finally {
    await consumer.close();
  }
}

/** Latest offset (high watermark) of each partition of `topic`. */
export async function highWatermarks(bootstrap: string, topic: string): Promise<bigint[]> {
  const consumer = new Consumer({ clientId: 'bench-offsets', groupId: 'bench-offsets', bootstrapBrokers: [bootstrap] });
  try {
    await consumer.metadata({ topics: [topic], forceUpdate: true });
    const offsets = await consumer.listOffsets({ topics: [topic] });
    return offsets.get(topic) ?? [];
  } finally {
    await consumer.close();
  }
}

/** Creates topics (through Metadata with auto-creation) before anything is timed. */
export async function createTopics(bootstrap: string, topics: string[]): Promise<void> {
  const consumer = new Consumer({ clientId: 'bench-admin', groupId: 'bench-admin', bootstrapBrokers: [bootstrap] });
  try {
    await consumer.metadata({ topics, autocreateTopics: true, forceUpdate: true });
  } finally {
    await consumer.close();
  }
}

export interface ConsumeResult {
  seconds: number;
  records: number;
  bytes: number;
  how: string;
  note?: string;
}

/** Reads `topic` from offset 0 until `expected` records have arrived through a group member's consume() stream (mode earliest, no commits). */
export async function pkConsumeStream(bootstrap: string, topic: string, expected: number): Promise<ConsumeResult> {
  const consumer = new Consumer({ clientId: 'bench-consumer', groupId: `bench-${topic}-${Date.now()}`, bootstrapBrokers: [bootstrap], maxBytes: 64 << 20, maxWaitTime: 100 });
  try {
    const joinStart = performance.now();
    const stream = await consumer.consume({ topics: [topic], mode: 'earliest', autocommit: false, maxBytesPerPartition: 8 << 20, highWaterMark: 65536 });
    // consume() resolves once the group is joined and the stream made; fetching starts after that.
    const start = performance.now();
    const joinMs = start - joinStart;
    let records = 0;
    let bytes = 0;
    await new Promise<void>((resolve, reject) => {
      stream.on('data', (m) => {
        records++;
        bytes += m.value?.length ?? 0;
        if (records >= expected) resolve();
      });
      stream.once('error', reject);
    });
    const seconds = (performance.now() - start) / 1000;
    await stream.close();
    return { seconds, records, bytes, how: 'consume() stream', note: `group join ${joinMs.toFixed(0)} ms, not counted` };
  } finally {
    await consumer.close(true);
  }
}

/** Reads `topic` from offset 0 until `expected` records have arrived with the consumer's fetch(): one Fetch for all partitions in flight, no group. */
export async function pkConsumeFetchLoop(bootstrap: string, topic: string, expected: number): Promise<ConsumeResult> {
  const consumer = new Consumer({ clientId: 'bench-consumer', groupId: 'bench-fetch', bootstrapBrokers: [bootstrap] });
  try {
    const start = performance.now();
    const md = await consumer.metadata({ topics: [topic], forceUpdate: true });
    const t = md.topics.get(topic);
    if (t === undefined) throw new Error(`topic ${topic} not in metadata`);
    const node = t.partitions[0]!.leader;
    const next = t.partitions.map(() => 0n);
    let records = 0;
    let bytes = 0;
    while (records < expected) {
      const res = await consumer.fetch({
        node,
        maxWaitTime: 100,
        minBytes: 1,
        maxBytes: 64 << 20,
        topics: [{ topicId: t.id, partitions: next.map((fetchOffset, partition) => ({ partition, currentLeaderEpoch: -1, fetchOffset, lastFetchedEpoch: -1, partitionMaxBytes: 8 << 20 })) }],
      });
      for (const tr of res.responses) {
        for (const p of tr.partitions) {
          if (p.errorCode !== 0) throw new Error(`fetch ${topic}/${p.partitionIndex}: error code ${p.errorCode}`);
          for (const batch of p.records ?? []) {
            const end = batch.firstOffset + BigInt(batch.lastOffsetDelta) + 1n;
            if (end <= next[p.partitionIndex]!) continue;
            for (const r of batch.records) {
              if (batch.firstOffset + BigInt(r.offsetDelta) < next[p.partitionIndex]!) continue;
              records++;
              bytes += r.value?.length ?? 0;
            }
            next[p.partitionIndex] = end;
          }
        }
      }
    }
    return { seconds: (performance.now() - start) / 1000, records, bytes, how: 'fetch() loop' };
  } finally {
    await consumer.close();
  }
}

export interface Latency {
  sent: number;
  p50: number;
  p99: number;
  max: number;
  /** How far behind schedule the last send went out, ms (a sign the client could not keep the rate). */
  lagMs: number;
}

/** Sends one record of `size` bytes every 1/rate s for `seconds`, each send awaited on its own; latency from send() to ack, ms. */
export async function pkLatency(bootstrap: string, topic: string, size: number, rate: number, seconds: number): Promise<Latency> {
  const producer = new Producer({ clientId: 'bench-latency', bootstrapBrokers: [bootstrap], acks: ALL, maxInflights: 1000, autocreateTopics: true });
  try {
    const value = Buffer.alloc(size, 0x6c);
    await producer.metadata({ topics: [topic], autocreateTopics: true });
    for (let i = 0; i < 50; i++) await producer.send({ messages: [{ topic, value }], acks: ALL }); // warm up
    const total = Math.round(rate * seconds);
    const latencies: number[] = [];
    const pending: Promise<void>[] = [];
    const start = performance.now();
    let sent = 0;
    let lagMs = 0;
    while (sent < total) {
      const now = performance.now();
      const due = Math.min(total, Math.floor(((now - start) / 1000) * rate) + 1);
      for (; sent < due; sent++) {
        lagMs = now - (start + (sent / rate) * 1000);
        const t0 = performance.now();
        pending.push(producer.send({ messages: [{ topic, value }], acks: ALL }).then(() => void latencies.push(performance.now() - t0)));
      }
      const wait = start + (sent / rate) * 1000 - performance.now();
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, wait)));
    }
    await Promise.all(pending);
    latencies.sort((a, b) => a - b);
    const q = (f: number): number => latencies[Math.min(latencies.length - 1, Math.floor(f * latencies.length))]!;
    return { sent, p50: q(0.5), p99: q(0.99), max: latencies[latencies.length - 1]!, lagMs };
  } finally {
    await producer.close();
  }
}

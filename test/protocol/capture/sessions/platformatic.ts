// A @platformatic/kafka session against the capture listener at $BOOTSTRAP: admin (create,
// describe, delete a topic; list and describe groups), an idempotent producer (plain and
// compressed), a consumer in a classic group, one in a KIP-848 group (ConsumerGroupHeartbeat), and
// a transaction. Run as a child process by scripts/capture-vectors.ts, which kills it if it hangs.
import { Admin, Consumer, Producer, stringDeserializers, stringSerializers } from '@platformatic/kafka';

const bootstrapBrokers = [process.env.BOOTSTRAP ?? '127.0.0.1:9092'];
const clientId = 'weir-vectors-platformatic';
const value = (i: number): string => `platformatic record ${i} `.repeat(8);

const admin = new Admin({ clientId, bootstrapBrokers });
await admin.createTopics({ topics: ['platformatic-admin'], partitions: 2, replicas: 1 });
await admin.metadata({ topics: ['vectors', 'platformatic-admin'] });
await admin.describeConfigs({ resources: [{ resourceType: 2, resourceName: 'vectors' }] });
await admin.deleteTopics({ topics: ['platformatic-admin'] });

const producer = new Producer({ clientId, bootstrapBrokers, serializers: stringSerializers, idempotent: true, acks: -1 });
const messages = [0, 1, 2].map((i) => ({ topic: 'vectors', key: `k${i}`, value: value(i), headers: { trace: `t${i}` } }));
await producer.send({ messages });
await producer.send({ messages, compression: 'gzip' });
await producer.send({ messages, compression: 'zstd' });
await producer.close();

/** Consumes until all nine records are seen (or 8 s), then a heartbeat and a commit later stops. */
async function consume(consumer: Consumer<string, string, string, string>, admin?: Admin): Promise<number> {
  const stream = await consumer.consume({ topics: ['vectors'], mode: 'earliest', autocommit: 500 });
  let seen = 0;
  stream.on('data', () => void seen++);
  const until = Date.now() + 8000;
  while (seen < 9 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 1500));
  if (admin !== undefined) {
    await admin.listGroups();
    await admin.describeGroups({ groups: [consumer.groupId] });
  }
  await stream.close();
  await consumer.close();
  return seen;
}

const consumerOptions = { clientId, bootstrapBrokers, deserializers: stringDeserializers, maxWaitTime: 300 };
const classic = await consume(new Consumer({ ...consumerOptions, groupId: 'grp-platformatic', heartbeatInterval: 500 }), admin);
const kip848 = await consume(new Consumer({ ...consumerOptions, groupId: 'grp-platformatic-848', groupProtocol: 'consumer' }));
await admin.close();

const transactional = new Producer({ clientId, bootstrapBrokers, serializers: stringSerializers, transactionalId: 'weir-vectors-platformatic-tx', idempotent: true, acks: -1 });
const tx = await transactional.beginTransaction();
await tx.send({ messages });
await tx.commit();
await transactional.close();
console.log(`platformatic: consumed ${classic} records in a classic group, ${kip848} in a KIP-848 group`);

// A KafkaJS session against the capture listener at $BOOTSTRAP: admin (create, describe, delete a
// topic), an idempotent producer (plain and gzip), a consumer in a group, and a transaction that
// also commits offsets. Run as a child process by scripts/capture-vectors.ts, which kills it if it
// hangs.
import kafkajs from 'kafkajs';

const { Kafka, logLevel, CompressionTypes, ConfigResourceTypes } = kafkajs;
const bootstrap = process.env.BOOTSTRAP ?? '127.0.0.1:9092';
const kafka = new Kafka({ clientId: 'weir-vectors-kafkajs', brokers: [bootstrap], logLevel: logLevel.ERROR, retry: { retries: 2 } });
const value = (i: number): string => `kafkajs record ${i} `.repeat(8);

const admin = kafka.admin();
await admin.connect();
await admin.createTopics({ topics: [{ topic: 'kafkajs-admin', numPartitions: 2 }] });
await admin.fetchTopicMetadata({ topics: ['vectors', 'kafkajs-admin'] });
await admin.describeConfigs({ resources: [{ type: ConfigResourceTypes.TOPIC, name: 'vectors' }], includeSynonyms: false });
await admin.deleteTopics({ topics: ['kafkajs-admin'] });

const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
await producer.connect();
const messages = [0, 1, 2].map((i) => ({ key: `k${i}`, value: value(i), headers: { trace: `t${i}` } }));
await producer.send({ topic: 'vectors', acks: -1, messages });
await producer.send({ topic: 'vectors', acks: -1, compression: CompressionTypes.GZIP, messages });
await producer.disconnect();

const consumer = kafka.consumer({ groupId: 'grp-kafkajs', maxWaitTimeInMs: 300, heartbeatInterval: 500 });
await consumer.connect();
await consumer.subscribe({ topics: ['vectors'], fromBeginning: true });
let seen = 0;
await consumer.run({ autoCommitInterval: 500, eachMessage: async () => void seen++ });
const until = Date.now() + 8000;
while (seen < 6 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
await new Promise((r) => setTimeout(r, 1500)); // a heartbeat and a commit
await admin.listGroups();
await admin.describeGroups(['grp-kafkajs']);
await consumer.disconnect();
await admin.disconnect();

const transactional = kafka.producer({ transactionalId: 'weir-vectors-kafkajs-tx', idempotent: true, maxInFlightRequests: 1 });
await transactional.connect();
const tx = await transactional.transaction();
await tx.send({ topic: 'vectors', messages });
await tx.sendOffsets({ consumerGroupId: 'grp-kafkajs', topics: [{ topic: 'vectors', partitions: [{ partition: 0, offset: '1' }] }] });
await tx.commit();
await transactional.disconnect();
console.log(`kafkajs: consumed ${seen} records`);

// The admin APIs in their flexible versions against a real broker in this process:
// @platformatic/kafka's Admin over TCP, then single requests (its API functions, or Weir's own
// codec where that client's parser is wrong) for what Admin does not expose — DescribeCluster,
// OffsetForLeaderEpoch, validateOnly creation, deletion by topic id, old versions, resource errors.
// Each check names exact values. admin.test.ts covers the non-flexible clients.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statfsSync } from 'node:fs';
import { connect } from 'node:net';
import { once } from 'node:events';
import { Admin, Connection, Producer, createTopicsV7, deleteTopicsV6, describeClusterV0, describeClusterV1, describeConfigsV4 } from '@platformatic/kafka';
import { Broker } from '../../src/broker/broker.ts';
import { TOPIC_CONFIG_NAMES, RESOURCE, SOURCE, startBroker, rejection } from './admin-support.ts';
import { concat, decodeResponse, encodeRequest } from '../../src/protocol/frames.ts';
import { fitToVersion } from '../../src/protocol/fit.ts';
import { API_DEFINITIONS, type ApiKey, type ApiRequests, type ApiResponses } from '../../src/protocol/generated/apis.ts';

const ERR = { OFFSET_OUT_OF_RANGE: 1, UNKNOWN_TOPIC_OR_PARTITION: 3, TOPIC_ALREADY_EXISTS: 36, INVALID_PARTITIONS: 37, INVALID_REPLICATION_FACTOR: 38, INVALID_CONFIG: 40, INVALID_REQUEST: 42 } as const;


/** The bytes of a partition's batches, read back through the log from its start. */
async function logBytes(broker: Broker, topic: string, partition: number): Promise<number> {
  const r = await broker.log.read(topic, partition, broker.log.offsets(topic, partition).logStartOffset, 1 << 30);
  return r.kind === 'ok' && r.records !== null ? r.records.length : 0;
}


/** The Kafka error codes inside a @platformatic/kafka error (it nests them: ResponseError → ProtocolError). */
function platformaticCodes(err: unknown): number[] {
  const out: number[] = [];
  const walk = (e: unknown): void => {
    if (e === null || typeof e !== 'object') return;
    const x = e as { apiCode?: unknown; errors?: unknown[]; cause?: unknown };
    if (typeof x.apiCode === 'number') out.push(x.apiCode);
    for (const inner of x.errors ?? []) walk(inner);
    walk(x.cause);
  };
  walk(err);
  return out;
}

test('@platformatic/kafka admin: flexible versions of every admin API', { timeout: 60_000 }, async (t) => {
  const { broker, bootstrap, dir } = await startBroker(t);
  const admin = new Admin({ clientId: 'admin-platformatic', bootstrapBrokers: [bootstrap], retries: 0 });
  t.after(() => admin.close());

  // CreateTopics v7: partition count, replication factor, id and every config with its value.
  const [created] = await admin.createTopics({ topics: ['plt-a'], partitions: 3, replicas: 1, configs: [{ name: 'cleanup.policy', value: 'delete' }, { name: 'retention.ms', value: '7200000' }] });
  assert.equal(created!.id, broker.log.topic('plt-a')!.id);
  assert.deepEqual([created!.name, created!.partitions, created!.replicas], ['plt-a', 3, 1]);
  assert.deepEqual(Object.keys(created!.configuration).sort(), TOPIC_CONFIG_NAMES);
  assert.deepEqual([created!.configuration['retention.ms'], created!.configuration['retention.bytes'], created!.configuration['segment.ms']], ['7200000', '1048576', '604800000']);
  const [manual] = await admin.createTopics({ topics: ['plt-manual'], partitions: -1, replicas: -1, assignments: [{ partition: 0, brokers: [1] }, { partition: 1, brokers: [1] }] });
  assert.equal(manual!.partitions, 2);
  const otherBroker = await rejection(admin.createTopics({ topics: ['plt-elsewhere'], partitions: -1, replicas: -1, assignments: [{ partition: 0, brokers: [2] }] }));
  assert.deepEqual(platformaticCodes(otherBroker), [39], 'INVALID_REPLICA_ASSIGNMENT');
  const exists = await rejection(admin.createTopics({ topics: ['plt-a'], partitions: 1 }));
  assert.deepEqual(platformaticCodes(exists), [ERR.TOPIC_ALREADY_EXISTS]);
  const zero = await rejection(admin.createTopics({ topics: ['plt-zero'], partitions: 0 }));
  assert.deepEqual(platformaticCodes(zero), [ERR.INVALID_PARTITIONS]);
  const unknownConfig = await rejection(admin.createTopics({ topics: ['plt-bad'], partitions: 1, configs: [{ name: 'retention.forever', value: 'yes' }] }));
  assert.deepEqual(platformaticCodes(unknownConfig), [ERR.INVALID_CONFIG]);
  assert.match(String((unknownConfig as unknown as { errors: { serverErrorMessage: string }[] }).errors[0]!.serverErrorMessage), /unknown topic config retention\.forever/);

  // DescribeConfigs v4 with synonyms and documentation.
  const [description] = await admin.describeConfigs({ resources: [{ resourceType: RESOURCE.TOPIC, resourceName: 'plt-a', configurationKeys: ['retention.ms', 'retention.bytes', 'cleanup.policy', 'max.message.bytes'] }], includeSynonyms: true, includeDocumentation: true });
  const byName = new Map(description!.configs.map((c) => [c.name, c]));
  assert.deepEqual([...byName.keys()].sort(), ['cleanup.policy', 'max.message.bytes', 'retention.bytes', 'retention.ms']);
  assert.deepEqual(
    byName.get('retention.bytes')!.synonyms.map((s) => [s.name, s.value, s.source]),
    [
      ['log.retention.bytes', '1048576', SOURCE.STATIC_BROKER],
      ['log.retention.bytes', '-1', SOURCE.DEFAULT],
    ],
  );
  assert.deepEqual([byName.get('retention.bytes')!.configSource, byName.get('retention.ms')!.configSource, byName.get('max.message.bytes')!.configSource], [SOURCE.STATIC_BROKER, SOURCE.TOPIC, SOURCE.DEFAULT]);
  assert.deepEqual([byName.get('cleanup.policy')!.configType, byName.get('retention.ms')!.configType, byName.get('max.message.bytes')!.configType], [7, 5, 3], 'LIST, LONG, INT');
  assert.match(byName.get('retention.ms')!.documentation ?? '', /retention|kept/i);
  const [brokerDescription] = await admin.describeConfigs({ resources: [{ resourceType: RESOURCE.BROKER, resourceName: '1', configurationKeys: ['log.dirs', 'node.id'] }] });
  assert.deepEqual(
    brokerDescription!.configs.map((c) => [c.name, c.value, c.readOnly, c.configSource]),
    [
      ['log.dirs', dir, true, SOURCE.STATIC_BROKER],
      ['node.id', '1', true, SOURCE.DEFAULT],
    ],
  );

  // IncrementalAlterConfigs v1: APPEND and SUBTRACT on a list, DELETE back to the default, SET.
  const op = { SET: 0, DELETE: 1, APPEND: 2, SUBTRACT: 3 } as const;
  await admin.incrementalAlterConfigs({ resources: [{ resourceType: RESOURCE.TOPIC, resourceName: 'plt-a', configs: [{ name: 'cleanup.policy', configOperation: op.APPEND, value: 'compact' }, { name: 'segment.ms', configOperation: op.SET, value: '60000' }] }] });
  assert.deepEqual(broker.log.topic('plt-a')!.configs, { 'cleanup.policy': 'delete,compact', 'retention.ms': '7200000', 'segment.ms': '60000' });
  await admin.incrementalAlterConfigs({ resources: [{ resourceType: RESOURCE.TOPIC, resourceName: 'plt-a', configs: [{ name: 'cleanup.policy', configOperation: op.SUBTRACT, value: 'delete' }, { name: 'retention.ms', configOperation: op.DELETE }] }] });
  assert.deepEqual(broker.log.topic('plt-a')!.configs, { 'cleanup.policy': 'compact', 'segment.ms': '60000' });
  await admin.incrementalAlterConfigs({ validateOnly: true, resources: [{ resourceType: RESOURCE.TOPIC, resourceName: 'plt-a', configs: [{ name: 'segment.ms', configOperation: op.DELETE }] }] });
  assert.deepEqual(broker.log.topic('plt-a')!.configs, { 'cleanup.policy': 'compact', 'segment.ms': '60000' }, 'validateOnly changes nothing');
  const appendToLong = await rejection(admin.incrementalAlterConfigs({ resources: [{ resourceType: RESOURCE.TOPIC, resourceName: 'plt-a', configs: [{ name: 'retention.ms', configOperation: op.APPEND, value: '5' }] }] }));
  assert.deepEqual(platformaticCodes(appendToLong), [ERR.INVALID_CONFIG]);
  const brokerChange = await rejection(admin.incrementalAlterConfigs({ resources: [{ resourceType: RESOURCE.BROKER, resourceName: '1', configs: [{ name: 'num.partitions', configOperation: op.SET, value: '3' }] }] }));
  assert.deepEqual(platformaticCodes(brokerChange), [ERR.INVALID_REQUEST]);
  const unknownTopicAlter = await rejection(admin.incrementalAlterConfigs({ resources: [{ resourceType: RESOURCE.TOPIC, resourceName: 'plt-none', configs: [{ name: 'retention.ms', configOperation: op.SET, value: '1' }] }] }));
  assert.deepEqual(platformaticCodes(unknownTopicAlter), [ERR.UNKNOWN_TOPIC_OR_PARTITION]);

  // AlterConfigs v2 replaces the set.
  await admin.alterConfigs({ resources: [{ resourceType: RESOURCE.TOPIC, resourceName: 'plt-a', configs: [{ name: 'retention.ms', value: '60000' }] }] });
  assert.deepEqual(broker.log.topic('plt-a')!.configs, { 'retention.ms': '60000' });

  // CreatePartitions v3, validateOnly first.
  await admin.createPartitions({ validateOnly: true, topics: [{ name: 'plt-a', count: 4 }] });
  assert.equal(broker.log.topic('plt-a')!.partitions, 3);
  await admin.createPartitions({ topics: [{ name: 'plt-a', count: 4 }] });
  assert.equal(broker.log.topic('plt-a')!.partitions, 4);
  const same = await rejection(admin.createPartitions({ topics: [{ name: 'plt-a', count: 4 }] }));
  assert.deepEqual(platformaticCodes(same), [ERR.INVALID_PARTITIONS]);

  // Produce to partition 1, then DeleteRecords v2 and DescribeLogDirs v4.
  const producer = new Producer({ clientId: 'admin-platformatic-producer', bootstrapBrokers: [bootstrap] });
  t.after(() => producer.close());
  for (let i = 0; i < 3; i++) {
    await producer.send({ messages: Array.from({ length: 4 }, (_, j) => ({ topic: 'plt-a', partition: 1, key: Buffer.from(`k${j}`), value: Buffer.from(`batch ${i} record ${j}`) })) });
  }
  assert.deepEqual(broker.log.offsets('plt-a', 1), { logStartOffset: 0n, highWatermark: 12n });
  const p1 = BigInt(await logBytes(broker, 'plt-a', 1));
  assert.ok(p1 > 3n * 4n * 20n, `three batches of four records are more than ${p1} bytes`);
  const deleted = await admin.deleteRecords({ topics: [{ name: 'plt-a', partitions: [{ partition: 1, offset: 5n }] }] });
  assert.deepEqual(deleted, [{ name: 'plt-a', partitions: [{ partition: 1, lowWatermark: 5n }] }]);
  const below = await admin.deleteRecords({ topics: [{ name: 'plt-a', partitions: [{ partition: 1, offset: 2n }] }] });
  assert.deepEqual(below[0]!.partitions, [{ partition: 1, lowWatermark: 5n }], 'an offset below the log start changes nothing');
  const outOfRange = await rejection(admin.deleteRecords({ topics: [{ name: 'plt-a', partitions: [{ partition: 1, offset: 13n }] }] }));
  assert.deepEqual(platformaticCodes(outOfRange), [ERR.OFFSET_OUT_OF_RANGE]);

  // The size counts every stored batch, also the one now wholly below the log start: like a Kafka
  // segment, it stays until it is uploaded and dropped. Partition 9 and plt-none are left out.
  const [logDirs] = await admin.describeLogDirs({ topics: [{ name: 'plt-a', partitions: [0, 1, 2, 3, 9] }, { name: 'plt-none', partitions: [0] }] });
  const [result] = logDirs!.results;
  assert.equal(result!.logDir, dir);
  const sizes = result!.topics.map((tp) => [tp.name, tp.partitions.map((p) => [p.partitionIndex, p.partitionSize, p.offsetLag])]);
  assert.deepEqual(sizes, [
    [
      'plt-a',
      [
        [0, 0n, 0n],
        [1, p1, 0n],
        [2, 0n, 0n],
        [3, 0n, 0n],
      ],
    ],
  ]);
  const fsStats = statfsSync(dir, { bigint: true });
  assert.equal(result!.totalBytes, fsStats.blocks * fsStats.bsize);
  assert.ok(result!.usableBytes > 0n && result!.usableBytes <= result!.totalBytes);

  // DeleteTopics v6.
  await admin.deleteTopics({ topics: ['plt-a', 'plt-manual'] });
  assert.deepEqual(broker.log.topics().map((tp) => tp.name), []);
  const gone = await rejection(admin.deleteTopics({ topics: ['plt-a'] }));
  assert.deepEqual(platformaticCodes(gone), [ERR.UNKNOWN_TOPIC_OR_PARTITION]);
});

/** One request over a fresh connection, encoded and decoded with Weir's generated codec. */
async function rawCall<K extends ApiKey>(port: number, apiKey: K, version: number, body: ApiRequests[K]): Promise<ApiResponses[K]> {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  try {
    socket.write(concat(encodeRequest(apiKey, version, 7, 'admin-raw', fitToVersion(API_DEFINITIONS[apiKey].requestSchema.fields, version, body))));
    let received = Buffer.alloc(0);
    for await (const chunk of socket) {
      received = Buffer.concat([received, chunk as Buffer]);
      if (received.length >= 4 && received.length >= 4 + received.readInt32BE(0)) break;
    }
    return decodeResponse(apiKey, version, received.subarray(4, 4 + received.readInt32BE(0))).body;
  } finally {
    socket.destroy();
  }
}

/** The response a @platformatic/kafka API call got, whether or not it carried errors. */
async function responseOf<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (err) {
    const response = (err as { response?: T }).response;
    if (response === undefined) throw err;
    return response;
  }
}

test('single requests: DescribeCluster, OffsetForLeaderEpoch, validateOnly creation, deletion by topic id, DescribeConfigs v0 and resource errors', { timeout: 60_000 }, async (t) => {
  const { broker, bootstrap } = await startBroker(t, { 'node.id': '3' });
  const conn = new Connection('admin-wire');
  await conn.connect('127.0.0.1', broker.address().port);
  t.after(() => conn.close());

  // DescribeCluster: this node, as broker and controller; authorized operations when asked.
  const cluster = await describeClusterV1.api.async(conn, true, 1);
  assert.deepEqual(
    { ...cluster, brokers: [...cluster.brokers] },
    { throttleTimeMs: 0, errorCode: 0, errorMessage: null, endpointType: 1, clusterId: broker.clusterId, controllerId: 3, brokers: [{ brokerId: 3, host: '127.0.0.1', port: broker.address().port, rack: null }], clusterAuthorizedOperations: 8096 },
  );
  assert.equal((await describeClusterV0.api.async(conn, false, 1)).clusterAuthorizedOperations, -2147483648);
  const controllers = await responseOf(describeClusterV1.api.async(conn, false, 2));
  assert.deepEqual([controllers.errorCode, controllers.brokers.length], [114, 0], 'MISMATCHED_ENDPOINT_TYPE');

  // CreateTopics v7 validateOnly: the answer a creation would get, and nothing created.
  const dry = await createTopicsV7.api.async(conn, [{ name: 'wire-a', numPartitions: -1, replicationFactor: -1, assignments: [], configs: [{ name: 'retention.ms', value: '1000' }] }], 1000, true);
  assert.deepEqual([dry.topics[0]!.errorCode, dry.topics[0]!.numPartitions, dry.topics[0]!.replicationFactor, dry.topics[0]!.topicId], [0, 1, 1, '00000000-0000-0000-0000-000000000000']);
  assert.deepEqual(dry.topics[0]!.configs.find((c) => c.name === 'retention.ms'), { name: 'retention.ms', value: '1000', readOnly: false, configSource: SOURCE.TOPIC, isSensitive: false });
  assert.equal(broker.log.topic('wire-a'), undefined);
  broker.log.createTopic('wire.c', 1);
  const bad = await responseOf(
    createTopicsV7.api.async(
      conn,
      [
        { name: 'wire-rf', numPartitions: 1, replicationFactor: 2, assignments: [], configs: [] },
        { name: 'wire-dup', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] },
        { name: 'wire-dup', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] },
        { name: 'wire-null', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [{ name: 'retention.ms', value: null }] },
        { name: 'wire_c', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] },
      ],
      1000,
      false,
    ),
  );
  assert.deepEqual(
    bad.topics.map((r) => [r.name, r.errorCode, r.errorMessage]),
    [
      ['wire-rf', ERR.INVALID_REPLICATION_FACTOR, 'Unable to replicate the partition 2 time(s): The target replication factor of 2 cannot be reached because only 1 broker(s) are registered.'],
      ['wire-dup', ERR.INVALID_REQUEST, 'Duplicate topic name.'],
      ['wire-dup', ERR.INVALID_REQUEST, 'Duplicate topic name.'],
      ['wire-null', ERR.INVALID_CONFIG, 'Null value not supported for topic configs: retention.ms'],
      ['wire_c', 17, "Topic 'wire_c' collides with existing topic: wire.c"],
    ],
  );

  // OffsetForLeaderEpoch: epoch 0 ends at the high watermark. (@platformatic/kafka's v4 parser reads
  // Partition before ErrorCode, the reverse of the spec, so these go through Weir's own codec.)
  broker.log.createTopic('wire-b', 2);
  const producer = new Producer({ clientId: 'admin-wire-producer', bootstrapBrokers: [bootstrap] });
  t.after(() => producer.close());
  await producer.send({ messages: ['a', 'b', 'c'].map((v) => ({ topic: 'wire-b', partition: 0, value: Buffer.from(v) })) });
  const partitions = [
    { partition: 0, currentLeaderEpoch: 0, leaderEpoch: 0 },
    { partition: 1, currentLeaderEpoch: -1, leaderEpoch: -1 },
    { partition: 0, currentLeaderEpoch: 1, leaderEpoch: 0 },
    { partition: 0, currentLeaderEpoch: -7, leaderEpoch: 0 },
    { partition: 2, currentLeaderEpoch: -1, leaderEpoch: 0 },
  ];
  const request = { replicaId: -1, topics: [{ topic: 'wire-b', partitions }, { topic: 'wire-none', partitions: [{ partition: 0, currentLeaderEpoch: -1, leaderEpoch: 0 }] }] };
  const v4 = await rawCall(broker.address().port, 23, 4, request);
  assert.deepEqual(
    v4.topics.map((tp) => [tp.topic, tp.partitions.map((p) => [p.partition, p.errorCode, p.leaderEpoch, p.endOffset])]),
    [
      [
        'wire-b',
        [
          [0, 0, 0, 3n],
          [1, 0, -1, -1n],
          [0, 75, -1, -1n],
          [0, 74, -1, -1n],
          [2, ERR.UNKNOWN_TOPIC_OR_PARTITION, -1, -1n],
        ],
      ],
      ['wire-none', [[0, ERR.UNKNOWN_TOPIC_OR_PARTITION, -1, -1n]]],
    ],
  );
  const v0 = await rawCall(broker.address().port, 23, 0, { replicaId: -1, topics: [{ topic: 'wire-b', partitions: [{ partition: 1, currentLeaderEpoch: -1, leaderEpoch: 0 }] }] });
  assert.deepEqual(v0.topics[0]!.partitions, [{ errorCode: 0, partition: 1, leaderEpoch: -1, endOffset: 0n }], 'v0 has no leader epoch in its answer');

  // DescribeConfigs v4 resource errors.
  const described = await responseOf(
    describeConfigsV4.api.async(
      conn,
      [
        { resourceType: RESOURCE.BROKER, resourceName: '1', configurationKeys: [] },
        { resourceType: RESOURCE.BROKER, resourceName: '', configurationKeys: [] },
        { resourceType: RESOURCE.TOPIC, resourceName: 'wire-none', configurationKeys: [] },
        { resourceType: RESOURCE.TOPIC, resourceName: 'bad/name', configurationKeys: [] },
        { resourceType: 32, resourceName: 'group', configurationKeys: [] },
      ],
      false,
      false,
    ),
  );
  assert.deepEqual(
    described.results.map((r) => [r.resourceName, r.errorCode, r.errorMessage, r.configs.length]),
    [
      ['1', ERR.INVALID_REQUEST, 'Unexpected broker id, expected 3 or empty string, but received 1', 0],
      ['', 0, null, 0],
      ['wire-none', ERR.UNKNOWN_TOPIC_OR_PARTITION, 'Topic wire-none does not exist.', 0],
      ['bad/name', 17, 'invalid topic name "bad/name". Use 1 to 249 characters from [a-zA-Z0-9._-], not "." or ".."', 0],
      ['group', ERR.INVALID_REQUEST, 'Unsupported resource type: 32', 0],
    ],
  );

  // DescribeConfigs v0 has isDefault instead of a source: false only for what the topic sets.
  broker.log.alterTopicConfigs('wire-b', { 'segment.ms': '1000' });
  const v0Configs = await rawCall(broker.address().port, 32, 0, { resources: [{ resourceType: RESOURCE.TOPIC, resourceName: 'wire-b', configurationKeys: ['segment.ms', 'retention.bytes', 'retention.ms'] }], includeSynonyms: false, includeDocumentation: false });
  assert.deepEqual(
    v0Configs.results[0]!.configs.map((c) => [c.name, c.value, c.isDefault, c.readOnly]),
    [
      ['retention.bytes', '1048576', true, false],
      ['retention.ms', '604800000', true, false],
      ['segment.ms', '1000', false, false],
    ],
  );

  // DeleteTopics v6 by topic id, and an unknown id.
  const id = broker.log.topic('wire-b')!.id;
  const byId = await responseOf(
    deleteTopicsV6.api.async(
      conn,
      [
        { name: null as unknown as string, topicId: id },
        { name: null as unknown as string, topicId: '11111111-2222-3333-4444-555555555555' },
      ],
      1000,
    ),
  );
  assert.deepEqual(
    byId.responses.map((r) => [r.name, r.topicId, r.errorCode]),
    [
      ['wire-b', id, 0],
      [null, '11111111-2222-3333-4444-555555555555', 100],
    ],
  );
  assert.equal(broker.log.topic('wire-b'), undefined);
});


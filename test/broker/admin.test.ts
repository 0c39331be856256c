// The admin APIs against a real broker in this process, driven over TCP by admin clients that use
// the non-flexible versions: KafkaJS, and kafka-python (through Debian's python3, which has the
// python3-kafka package). Each check names exact values: partition counts, config values and
// sources, low watermarks, error codes. admin-flexible.test.ts covers the flexible versions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { Broker } from '../../src/broker/broker.ts';
import { TOPIC_CONFIG_NAMES, RESOURCE, SOURCE, startBroker, rejection } from './admin-support.ts';

const ERR = { UNKNOWN_TOPIC_OR_PARTITION: 3, INVALID_CONFIG: 40 } as const;



test('KafkaJS admin: create, describe and alter configs, partitions, delete records and topics', { timeout: 60_000 }, async (t) => {
  const { broker, bootstrap } = await startBroker(t, { 'num.partitions': '2' });
  const kafka = new Kafka({ clientId: 'admin-kafkajs', brokers: [bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 0 } });
  const admin = kafka.admin();
  await admin.connect();
  t.after(() => admin.disconnect());

  // Create: explicit partitions and a config; the broker's default count; validateOnly; existing.
  assert.equal(await admin.createTopics({ topics: [{ topic: 'kjs-a', numPartitions: 3, replicationFactor: 1, configEntries: [{ name: 'retention.ms', value: '3600000' }] }] }), true);
  assert.equal(await admin.createTopics({ topics: [{ topic: 'kjs-default' }] }), true);
  assert.equal(await admin.createTopics({ validateOnly: true, waitForLeaders: false, topics: [{ topic: 'kjs-dry', numPartitions: 4 }] }), true);
  assert.equal(await admin.createTopics({ topics: [{ topic: 'kjs-a', numPartitions: 1 }] }), false, 'TOPIC_ALREADY_EXISTS is reported as false');
  assert.deepEqual((await admin.listTopics()).sort(), ['kjs-a', 'kjs-default']);
  assert.equal(broker.log.topic('kjs-a')?.partitions, 3);
  assert.equal(broker.log.topic('kjs-default')?.partitions, 2);
  assert.deepEqual(broker.log.topic('kjs-a')?.configs, { 'retention.ms': '3600000' });

  const invalidConfig = await rejection(admin.createTopics({ topics: [{ topic: 'kjs-bad', configEntries: [{ name: 'cleanup.policy', value: 'shred' }] }] }));
  const invalidConfigError = (invalidConfig.errors as Error[] & { type: string }[])[0]!;
  assert.equal(invalidConfigError.type, 'INVALID_CONFIG');
  const replication = await rejection(admin.createTopics({ topics: [{ topic: 'kjs-rf', replicationFactor: 3 }] }));
  assert.equal((replication.errors as { type: string }[])[0]!.type, 'INVALID_REPLICATION_FACTOR');
  const badName = await rejection(admin.createTopics({ topics: [{ topic: 'no spaces allowed' }] }));
  assert.equal((badName.errors as { type: string }[])[0]!.type, 'INVALID_TOPIC_EXCEPTION');
  assert.equal(broker.log.topic('kjs-bad'), undefined);

  // Describe (DescribeConfigs v2): every config, with its source.
  const described = await admin.describeConfigs({ includeSynonyms: true, resources: [{ type: RESOURCE.TOPIC, name: 'kjs-a' }] });
  const entries = described.resources[0]!.configEntries;
  assert.deepEqual(entries.map((e) => e.configName).sort(), TOPIC_CONFIG_NAMES);
  const entry = (name: string) => entries.find((e) => e.configName === name)!;
  assert.deepEqual([entry('retention.ms').configValue, entry('retention.ms').configSource, entry('retention.ms').isDefault], ['3600000', SOURCE.TOPIC, false]);
  assert.deepEqual([entry('retention.bytes').configValue, entry('retention.bytes').configSource], ['1048576', SOURCE.STATIC_BROKER]);
  assert.deepEqual([entry('cleanup.policy').configValue, entry('cleanup.policy').configSource, entry('cleanup.policy').readOnly], ['delete', SOURCE.DEFAULT, false]);
  assert.deepEqual(
    entry('retention.ms').configSynonyms.map((s) => [s.configName, s.configValue, s.configSource]),
    [
      ['retention.ms', '3600000', SOURCE.TOPIC],
      ['log.retention.ms', '604800000', SOURCE.DEFAULT],
    ],
  );
  const filtered = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: RESOURCE.TOPIC, name: 'kjs-a', configNames: ['segment.ms', 'no.such.config'] }] });
  assert.deepEqual(filtered.resources[0]!.configEntries.map((e) => [e.configName, e.configValue]), [['segment.ms', '604800000']]);
  const unknownTopic = await rejection(admin.describeConfigs({ includeSynonyms: false, resources: [{ type: RESOURCE.TOPIC, name: 'kjs-none' }] }));
  assert.equal(unknownTopic.type, 'UNKNOWN_TOPIC_OR_PARTITION');

  // Broker resource: read-only settings, the changed one STATIC.
  const brokerDescribed = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: RESOURCE.BROKER, name: '1' }] });
  const brokerEntry = (name: string) => brokerDescribed.resources[0]!.configEntries.find((e) => e.configName === name)!;
  assert.deepEqual([brokerEntry('num.partitions').configValue, brokerEntry('num.partitions').configSource, brokerEntry('num.partitions').readOnly], ['2', SOURCE.STATIC_BROKER, true]);
  assert.deepEqual([brokerEntry('auto.create.topics.enable').configValue, brokerEntry('auto.create.topics.enable').configSource], ['true', SOURCE.DEFAULT]);
  assert.deepEqual([brokerEntry('log.retention.bytes').configValue, brokerEntry('log.retention.bytes').configSource], ['1048576', SOURCE.STATIC_BROKER]);

  // AlterConfigs (v1) replaces the whole set: retention.ms returns to its default.
  await admin.alterConfigs({ validateOnly: false, resources: [{ type: RESOURCE.TOPIC, name: 'kjs-a', configEntries: [{ name: 'cleanup.policy', value: 'compact' }] }] });
  assert.deepEqual(broker.log.topic('kjs-a')?.configs, { 'cleanup.policy': 'compact' });
  await admin.alterConfigs({ validateOnly: true, resources: [{ type: RESOURCE.TOPIC, name: 'kjs-a', configEntries: [{ name: 'retention.ms', value: '1000' }] }] });
  assert.deepEqual(broker.log.topic('kjs-a')?.configs, { 'cleanup.policy': 'compact' }, 'validateOnly changes nothing');
  const badAlter = await rejection(admin.alterConfigs({ validateOnly: false, resources: [{ type: RESOURCE.TOPIC, name: 'kjs-a', configEntries: [{ name: 'retention.ms', value: 'soon' }] }] }));
  assert.equal(badAlter.type, 'INVALID_CONFIG');
  const brokerAlter = await rejection(admin.alterConfigs({ validateOnly: false, resources: [{ type: RESOURCE.BROKER, name: '1', configEntries: [{ name: 'num.partitions', value: '5' }] }] }));
  assert.equal(brokerAlter.type, 'INVALID_REQUEST');

  // CreatePartitions (v1).
  await admin.createPartitions({ topicPartitions: [{ topic: 'kjs-a', count: 5 }] });
  assert.equal(broker.log.topic('kjs-a')?.partitions, 5);
  const notIncrease = await rejection(admin.createPartitions({ topicPartitions: [{ topic: 'kjs-a', count: 2 }] }));
  assert.equal(notIncrease.type, 'INVALID_PARTITIONS');

  // DeleteRecords (v1) after producing ten records to one partition.
  const producer = kafka.producer();
  await producer.connect();
  t.after(() => producer.disconnect());
  for (let i = 0; i < 10; i++) await producer.send({ topic: 'kjs-default', messages: [{ value: `v${i}`, partition: 0 }] });
  await admin.deleteTopicRecords({ topic: 'kjs-default', partitions: [{ partition: 0, offset: '4' }] });
  assert.deepEqual(broker.log.offsets('kjs-default', 0), { logStartOffset: 4n, highWatermark: 10n });
  const offsets = await admin.fetchTopicOffsets('kjs-default');
  assert.deepEqual(offsets.find((o) => o.partition === 0), { partition: 0, offset: '10', high: '10', low: '4' });
  const beyond = await rejection(admin.deleteTopicRecords({ topic: 'kjs-default', partitions: [{ partition: 0, offset: '11' }] }));
  assert.equal(((beyond.cause as { partitions: { error: { type: string } }[] }).partitions)[0]!.error.type, 'OFFSET_OUT_OF_RANGE');
  await admin.deleteTopicRecords({ topic: 'kjs-default', partitions: [{ partition: 0, offset: '-1' }] });
  assert.deepEqual(broker.log.offsets('kjs-default', 0), { logStartOffset: 10n, highWatermark: 10n });

  // DeleteTopics (v1).
  await admin.deleteTopics({ topics: ['kjs-a'] });
  assert.equal(broker.log.topic('kjs-a'), undefined);
  assert.deepEqual(await admin.listTopics(), ['kjs-default']);
  const unknownDelete = await rejection(admin.deleteTopics({ topics: ['kjs-a'] }));
  assert.equal((unknownDelete.cause as { type: string }).type, 'UNKNOWN_TOPIC_OR_PARTITION', 'retriable, so wrapped once retries run out');
});

const KAFKA_PYTHON_SCRIPT = `
import json, sys
from kafka.admin import KafkaAdminClient, NewTopic, NewPartitions, ConfigResource, ConfigResourceType
out = {}
admin = KafkaAdminClient(bootstrap_servers=sys.argv[1], client_id='admin-python', request_timeout_ms=10000)
def attempt(key, fn):
    try:
        fn()
        out[key] = 'ok'
    except Exception as e:
        out[key] = type(e).__name__
r = admin.create_topics([NewTopic('py-a', 2, 1, topic_configs={'retention.ms': '86400000', 'cleanup.policy': 'compact'}), NewTopic('py-b', 1, 1)])
out['create'] = [list(t[:2]) for t in r.topic_errors]
attempt('validate_only', lambda: admin.create_topics([NewTopic('py-dry', 1, 1)], validate_only=True))
attempt('exists', lambda: admin.create_topics([NewTopic('py-a', 1, 1)]))
attempt('bad_config', lambda: admin.create_topics([NewTopic('py-bad', 1, 1, topic_configs={'max.message.bytes': 'huge'})]))
attempt('bad_rf', lambda: admin.create_topics([NewTopic('py-rf', 1, 3)]))
attempt('bad_partitions', lambda: admin.create_topics([NewTopic('py-zero', 0, 1)]))
out['topics'] = sorted(admin.list_topics())
d = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, 'py-a')], include_synonyms=True)
res = d[0].resources[0]
out['describe_error'] = res[0]
out['describe'] = {e[0]: [e[1], e[3], e[2]] for e in res[4]}
out['synonyms'] = [list(s) for s in {e[0]: e[5] for e in res[4]}['retention.ms']]
b = admin.describe_configs([ConfigResource(ConfigResourceType.BROKER, '1', configs={'num.partitions': None, 'log.retention.bytes': None})])
out['broker'] = sorted([e[0], e[1], e[2], e[3]] for e in b[0].resources[0][4])
a = admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, 'py-a', configs={'retention.ms': '1000'}), ConfigResource(ConfigResourceType.TOPIC, 'py-none', configs={'retention.ms': '1000'}), ConfigResource(ConfigResourceType.TOPIC, 'py-b', configs={'retention.ms': 'never'})])
out['alter'] = [[x[0], x[3]] for x in a.resources]
d2 = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, 'py-a', configs={'retention.ms': None, 'cleanup.policy': None})])
out['after_alter'] = sorted([e[0], e[1], e[3]] for e in d2[0].resources[0][4])
attempt('partitions', lambda: admin.create_partitions({'py-a': NewPartitions(5)}))
attempt('partitions_dry', lambda: admin.create_partitions({'py-a': NewPartitions(6)}, validate_only=True))
attempt('partitions_down', lambda: admin.create_partitions({'py-a': NewPartitions(3)}))
c = admin.describe_cluster()
out['cluster'] = [c['cluster_id'], c['controller_id'], [[n['node_id'], n['host'], n['port']] for n in c['brokers']]]
attempt('delete', lambda: admin.delete_topics(['py-b']))
attempt('delete_unknown', lambda: admin.delete_topics(['py-b']))
out['topics_after'] = sorted(admin.list_topics())
admin.close()
print(json.dumps(out))
`;

test('kafka-python admin: create/delete topics, describe and alter configs, create partitions', { timeout: 90_000 }, async (t) => {
  const { broker, bootstrap } = await startBroker(t);
  const { stdout } = await promisify(execFile)('/usr/bin/python3', ['-c', KAFKA_PYTHON_SCRIPT, bootstrap], { timeout: 60_000 });
  const out = JSON.parse(stdout) as Record<string, unknown>;
  assert.deepEqual(out.create, [
    ['py-a', 0],
    ['py-b', 0],
  ]);
  assert.deepEqual(
    [out.validate_only, out.exists, out.bad_config, out.bad_rf, out.bad_partitions],
    ['ok', 'TopicAlreadyExistsError', 'InvalidConfigurationError', 'InvalidReplicationFactorError', 'InvalidPartitionsError'],
  );
  assert.deepEqual(out.topics, ['py-a', 'py-b'], 'validateOnly and failed creations leave no topic');
  assert.equal(out.describe_error, 0);
  assert.deepEqual(out.describe, {
    'cleanup.policy': ['compact', SOURCE.TOPIC, false],
    'compression.type': ['producer', SOURCE.DEFAULT, false],
    'delete.retention.ms': ['86400000', SOURCE.DEFAULT, false],
    'max.message.bytes': ['1048588', SOURCE.DEFAULT, false],
    'message.timestamp.type': ['CreateTime', SOURCE.DEFAULT, false],
    'min.compaction.lag.ms': ['0', SOURCE.DEFAULT, false],
    'min.insync.replicas': ['1', SOURCE.DEFAULT, false],
    'retention.bytes': ['1048576', SOURCE.STATIC_BROKER, false],
    'retention.ms': ['86400000', SOURCE.TOPIC, false],
    'segment.bytes': ['1073741824', SOURCE.DEFAULT, false],
    'segment.ms': ['604800000', SOURCE.DEFAULT, false],
  });
  assert.deepEqual(out.synonyms, [
    ['retention.ms', '86400000', SOURCE.TOPIC],
    ['log.retention.ms', '604800000', SOURCE.DEFAULT],
  ]);
  assert.deepEqual(out.broker, [
    ['log.retention.bytes', '1048576', true, SOURCE.STATIC_BROKER],
    ['num.partitions', '1', true, SOURCE.DEFAULT],
  ]);
  assert.deepEqual(out.alter, [
    [0, 'py-a'],
    [ERR.UNKNOWN_TOPIC_OR_PARTITION, 'py-none'],
    [ERR.INVALID_CONFIG, 'py-b'],
  ]);
  assert.deepEqual(out.after_alter, [
    ['cleanup.policy', 'delete', SOURCE.DEFAULT],
    ['retention.ms', '1000', SOURCE.TOPIC],
  ]);
  assert.deepEqual([out.partitions, out.partitions_dry, out.partitions_down], ['ok', 'ok', 'InvalidPartitionsError']);
  assert.deepEqual(out.cluster, [broker.clusterId, 1, [[1, '127.0.0.1', broker.address().port]]]);
  assert.deepEqual([out.delete, out.delete_unknown, out.topics_after], ['ok', 'UnknownTopicOrPartitionError', ['py-a']]);
  assert.equal(broker.log.topic('py-a')?.partitions, 5);
  assert.deepEqual(broker.log.topic('py-a')?.configs, { 'retention.ms': '1000' });
});

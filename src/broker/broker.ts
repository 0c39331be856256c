// The broker: the shared-storage log, the group coordinator and the producer state behind a Kafka
// listener. One process is one broker (node id 1 by default) that leads every partition.
import { randomBytes } from 'node:crypto';
import { openStorage, type Storage, type SharedLog } from '../storage/index.ts';
import { logger } from '../util/log.ts';
import type { BrokerConfig } from './config.ts';
import { KafkaServer } from './server.ts';
import { PartitionWaiters } from './waiters.ts';
import { GroupCoordinator } from './groups/coordinator.ts';
import { ProducerStates } from './producers/states.ts';
import './apis/index.ts';

export class Broker {
  readonly config: BrokerConfig;
  readonly storage: Storage;
  readonly log: SharedLog;
  readonly clusterId: string;
  readonly waiters = new PartitionWaiters();
  readonly groups: GroupCoordinator;
  readonly producers: ProducerStates;
  private server: KafkaServer | null = null;
  private readonly logger = logger('broker');

  private constructor(config: BrokerConfig, storage: Storage) {
    this.config = config;
    this.storage = storage;
    this.log = storage.log;
    // Every append, from Produce or from the engine in this process, wakes Fetch long-polls on it.
    this.log.onAppend((topic, partition) => this.waiters.notify(topic, partition));
    const meta = storage.log.meta;
    let clusterId = meta.getMeta('cluster_id');
    if (clusterId === undefined) {
      clusterId = randomBytes(16).toString('base64url');
      meta.setMeta('cluster_id', clusterId);
    }
    this.clusterId = clusterId;
    this.groups = new GroupCoordinator(this);
    this.producers = new ProducerStates(this);
  }

  /** Opens storage (recovering it) and starts listening. */
  static async start(config: BrokerConfig): Promise<Broker> {
    const storage = await openStorage({
      dataDir: config.dataDir,
      ...(config.objectStore === undefined ? {} : { objectStore: config.objectStore }),
      ...(config.walDir === undefined ? {} : { walDir: config.walDir }),
      fsync: config.fsync,
      topicDefaults: config.topicDefaults,
      uploadBytes: config.uploadBytes,
      uploadIntervalMs: config.uploadIntervalMs,
      cacheBytes: config.cacheBytes,
    });
    const broker = new Broker(config, storage);
    broker.server = new KafkaServer(broker);
    await broker.server.listen();
    broker.logger.info({ listen: broker.address(), advertised: config.advertised, dataDir: config.dataDir, clusterId: broker.clusterId }, 'broker started');
    return broker;
  }

  /** Where the broker listens (the real port when 0 was asked for). */
  address(): { host: string; port: number } {
    return this.server?.address() ?? this.config.listen;
  }

  /** What clients are told to connect to. */
  advertised(): { host: string; port: number } {
    const a = this.config.advertised;
    return a.port === 0 ? { host: a.host, port: this.address().port } : a;
  }

  /** Graceful stop: stop accepting, finish in-flight requests, flush and close storage. */
  async stop(): Promise<void> {
    // Waiting JoinGroup/SyncGroup requests are answered first, so in-flight requests can finish.
    this.groups.close();
    await this.server?.close();
    this.producers.close();
    this.waiters.wakeAll();
    await this.storage.close();
    this.logger.info('broker stopped');
  }

  /** Creates a topic with the broker's defaults, as auto-creation does. */
  autoCreate(topic: string): boolean {
    if (!this.config.autoCreateTopics) return false;
    if (this.log.topic(topic) !== undefined) return true;
    this.log.createTopic(topic, this.config.numPartitions);
    return true;
  }
}

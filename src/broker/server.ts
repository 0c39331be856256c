// The Kafka listener: accepts TCP connections and hands each to a Connection. Closing stops
// accepting, lets every connection finish the request it is handling, and ends them.
import { createServer, type Server } from 'node:net';
import { logger } from '../util/log.ts';
import { Connection } from './connection.ts';
import { tuneGcForByteTraffic } from './gc-tuning.ts';
import type { Broker } from './broker.ts';

export class KafkaServer {
  private readonly broker: Broker;
  private readonly server: Server;
  private readonly connections = new Set<Connection>();
  private readonly log = logger('kafka-server');

  constructor(broker: Broker) {
    this.broker = broker;
    tuneGcForByteTraffic();
    this.server = createServer({ noDelay: true }, (socket) => {
      const c = new Connection(socket, broker, this.log);
      this.connections.add(c);
      socket.on('close', () => this.connections.delete(c));
    });
    this.server.maxConnections = 10_000;
  }

  listen(): Promise<void> {
    const { host, port } = this.broker.config.listen;
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
  }

  address(): { host: string; port: number } {
    const a = this.server.address();
    if (a === null || typeof a === 'string') return this.broker.config.listen;
    return { host: a.address, port: a.port };
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    await Promise.all([...this.connections].map((c) => c.drain()));
    await closed;
  }

  get connectionCount(): number {
    return this.connections.size;
  }
}

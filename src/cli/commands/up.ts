// `weir up`: starts Weir on its embedded default, in one process — the broker on the
// shared-storage log, the platform (plan/apply, pipelines on the embedded SQL engine, lineage,
// inventory, the schema registry; its state in <data-dir>/platform) and its HTTP API on --http.
// `--sql file.sql` also runs a script's jobs there; their kafka tables that name this broker read
// and write its partition logs directly. SIGTERM/SIGINT stop the HTTP server, the platform (its
// jobs take a final checkpoint), the script's jobs, then the broker. The console joins later.
import { join } from 'node:path';
import type { Command } from 'commander';
import { addBrokerFlags, configFromFlags, runBroker, type BrokerFlags } from '../broker-options.ts';
import type { Broker } from '../../broker/broker.ts';
import type { EngineServices } from '../../engine/index.ts';
import { openObjectStore } from '../../storage/index.ts';
import { Platform } from '../../platform/index.ts';
import { kafkaCluster } from '../../platform/cluster/kafka.ts';
import { EmbeddedJobRunner } from '../../platform/jobs/embedded.ts';
import { SqlSession, readScript } from '../../platform/jobs/session.ts';
import { createApp } from '../../server/app.ts';
import { startHttp, type HttpServer } from '../../server/serve.ts';
import { printForm } from '../sql/output.ts';

/** The parts of Weir that `up` does not start yet. */
const NOT_YET = ['the web console'];

interface UpFlags extends BrokerFlags {
  sql?: string;
  http: string;
}

export function register(program: Command): void {
  addBrokerFlags(program.command('up').description('start Weir on its embedded default: broker, engine, platform and its HTTP API in one process'))
    .option('--http <host:port>', 'the HTTP API address (port 0: any free port)', '127.0.0.1:8080')
    .option('--sql <file>', 'a Flink SQL script whose jobs run in this process')
    .action(async (flags: UpFlags) => {
      let session: SqlSession | undefined;
      let platform: Platform | undefined;
      let http: HttpServer | undefined;
      const stopAll = async (): Promise<void> => {
        await http?.close();
        await platform?.close();
        await session?.stopAll();
      };
      await runBroker(configFromFlags(flags), async (b) => {
        try {
          const a = b.address();
          const services = engineServices(b);
          const dataDir = b.config.dataDir;
          const host = a.host === '0.0.0.0' || a.host === '::' ? '127.0.0.1' : a.host;
          platform = await Platform.open({
            dataDir: join(dataDir, 'platform'),
            cluster: await kafkaCluster(`${host}:${a.port}`),
            jobs: new EmbeddedJobRunner({ services, store: await openObjectStore(join(dataDir, 'platform', 'checkpoints')) }),
          });
          http = await startHttp(createApp(platform), flags.http);
          console.log(`Weir ${program.version()} is up. Kafka: ${a.host}:${a.port}; HTTP: ${http.url}; data in ${dataDir}.`);
          console.log(`Not built yet: ${NOT_YET.join(', ')}. Ctrl-C stops Weir.`);
          if (flags.sql === undefined) return;
          session = new SqlSession({
            file: flags.sql,
            services,
            store: await openObjectStore(join(dataDir, 'engine')),
            print: (text) => console.log(text),
            onResults: (_job, fields, changes) => {
              for (const c of changes) console.log(printForm(fields, c));
            },
          });
          await session.executeScript(readScript(flags.sql));
        } catch (e) {
          await stopAll();
          throw e;
        }
      }, stopAll);
    });
}

/** What the engine's jobs in this process use of the broker: its log directly, for kafka tables
 * whose bootstrap names this broker, and topic creation. */
function engineServices(b: Broker): EngineServices {
  const port = b.address().port;
  return {
    log: b.log,
    localBootstrap: [`${b.address().host}:${port}`, `localhost:${port}`, `127.0.0.1:${port}`],
    broker: { createTopic: (name) => b.autoCreate(name) },
  };
}

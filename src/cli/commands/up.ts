// `weir up`: starts Weir on its embedded default — the broker on the shared-storage log and the SQL
// engine in the same process (`--sql file.sql` runs a script's jobs there; their kafka tables that
// name this broker read and write its partition logs directly). The platform API and console join
// as they are built.
import { join } from 'node:path';
import type { Command } from 'commander';
import { addBrokerFlags, configFromFlags, runBroker, type BrokerFlags } from '../broker-options.ts';
import { openObjectStore } from '../../storage/index.ts';
import { SqlSession, readScript } from '../../platform/jobs/session.ts';
import { printForm } from '../sql/output.ts';

/** The parts of Weir that `up` does not start yet. */
const NOT_YET = ['platform API and console'];

export function register(program: Command): void {
  addBrokerFlags(program.command('up').description('start Weir on its embedded default: broker, engine, platform and console in one process'))
    .option('--sql <file>', 'a Flink SQL script whose jobs run in this process')
    .action(async (flags: BrokerFlags & { sql?: string }) => {
      let session: SqlSession | undefined;
      await runBroker(configFromFlags(flags), async (b) => {
        const a = b.address();
        console.log(`Weir ${program.version()} is up. Kafka: ${a.host}:${a.port}; data in ${b.config.dataDir}.`);
        console.log(`Not built yet: ${NOT_YET.join(', ')}. Ctrl-C stops Weir.`);
        if (flags.sql === undefined) return;
        const store = await openObjectStore(join(b.config.dataDir, 'engine'));
        const hosts = [`${a.host}:${a.port}`, `localhost:${a.port}`, `127.0.0.1:${a.port}`];
        session = new SqlSession({
          file: flags.sql,
          services: {
            log: b.log,
            localBootstrap: hosts,
            broker: { createTopic: (name) => b.autoCreate(name) },
          },
          store,
          print: (text) => console.log(text),
          onResults: (_job, fields, changes) => {
            for (const c of changes) console.log(printForm(fields, c));
          },
        });
        await session.executeScript(readScript(flags.sql));
      }, async () => {
        await session?.stopAll();
      });
    });
}

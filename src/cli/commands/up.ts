// `weir up`: starts Weir on its embedded default — today the broker on the shared-storage log; the
// engine, platform API and console join as they are built.
import type { Command } from 'commander';
import { addBrokerFlags, configFromFlags, runBroker, type BrokerFlags } from '../broker-options.ts';

/** The parts of Weir that `up` does not start yet. */
const NOT_YET = ['SQL engine', 'platform API and console'];

export function register(program: Command): void {
  addBrokerFlags(program.command('up').description('start Weir on its embedded default: broker, engine, platform and console in one process')).action(async (flags: BrokerFlags) => {
    await runBroker(configFromFlags(flags), (b) => {
      const a = b.address();
      console.log(`Weir ${program.version()} is up. Kafka: ${a.host}:${a.port}; data in ${b.config.dataDir}.`);
      console.log(`Not built yet: ${NOT_YET.join(', ')}. Ctrl-C stops Weir.`);
    });
  });
}

// `weir broker`: the Kafka-compatible broker alone, on the shared-storage log.
import type { Command } from 'commander';
import { addBrokerFlags, configFromFlags, runBroker, type BrokerFlags } from '../broker-options.ts';

export function register(program: Command): void {
  addBrokerFlags(program.command('broker').description('start the Kafka-compatible broker alone')).action(async (flags: BrokerFlags) => {
    await runBroker(configFromFlags(flags), (b) => {
      const a = b.address();
      console.log(`Weir broker listening on ${a.host}:${a.port} (data in ${b.config.dataDir}); Ctrl-C stops it.`);
    });
  });
}

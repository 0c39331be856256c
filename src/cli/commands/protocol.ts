// `weir protocol`: what the protocol layer knows — every Kafka API with its versions, and the error codes.
import type { Command } from 'commander';
import { API_DEFINITIONS } from '../../protocol/generated/apis.ts';
import { KAFKA_ERRORS } from '../../protocol/generated/error-codes.ts';

export function register(program: Command): void {
  const cmd = program.command('protocol').description('inspect the Kafka protocol definitions Weir was generated from');
  cmd
    .command('apis')
    .description('list every Kafka API with its valid and flexible versions')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }) => {
      const rows = Object.values(API_DEFINITIONS).map((a) => ({
        key: a.key,
        name: a.name,
        versions: `${a.minVersion}-${a.maxVersion}`,
        flexible: a.flexibleMin === null ? 'none' : `${a.flexibleMin}+`,
        listeners: a.listeners.join(','),
      }));
      if (opts.json) console.log(JSON.stringify(rows, null, 2));
      else console.table(rows);
    });
  cmd
    .command('errors')
    .description('list Kafka error codes')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }) => {
      if (opts.json) console.log(JSON.stringify(KAFKA_ERRORS, null, 2));
      else console.table(KAFKA_ERRORS.map((e) => ({ code: e.code, name: e.name, retriable: e.retriable })));
    });
}

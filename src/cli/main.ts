// The weir command line: one command per file under ./commands, each exporting `register(program)`.
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { isWeirError } from '../util/errors.ts';
import { commands } from './commands/index.ts';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export function buildProgram(): Command {
  const program = new Command('weir')
    .description('Weir: a Kafka-compatible log on shared storage, a Flink SQL streaming engine, and governed pipelines, in one install.')
    .version(pkg.version, '-V, --version', 'print the version')
    .showHelpAfterError('(run weir --help for usage)');
  for (const register of commands) register(program);
  return program;
}

async function main(): Promise<void> {
  const program = buildProgram().exitOverride();
  try {
    await program.parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) process.exit(err.exitCode);
    if (isWeirError(err)) {
      console.error(`weir: ${err.describe()}`);
      process.exit(err.domain === 'user' ? 2 : 1);
    }
    throw err;
  }
}

await main();

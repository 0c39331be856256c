// `weir run file.sql`: runs a Flink SQL script's statements and keeps its jobs running until they
// finish (bounded inputs) or the process gets SIGTERM/SIGINT, which stops them cleanly after a
// final checkpoint. A SELECT's results print as Flink's print connector would (`+I[…]`).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { openObjectStore } from '../../storage/index.ts';
import { WeirError } from '../../util/errors.ts';
import { SqlSession } from '../sql/session.ts';
import { printForm } from '../sql/output.ts';

interface RunFlags {
  stateDir: string;
}

export function register(program: Command): void {
  program.command('run')
    .description('run a Flink SQL script: create its tables, start its INSERTs and queries, keep them running until done or stopped')
    .argument('<file>', 'the .sql script')
    .option('--state-dir <dir>', 'where checkpoints are kept (a folder or s3:// URL)', './weir-state')
    .action(async (file: string, flags: RunFlags) => {
      let sql: string;
      try {
        sql = readFileSync(file, 'utf8');
      } catch (e) {
        throw new WeirError('CLI_USAGE', `cannot read the script ${file}: ${(e as Error).message}`);
      }
      const store = await openObjectStore(flags.stateDir.includes('://') ? flags.stateDir : resolve(flags.stateDir));
      const session = new SqlSession({
        file,
        services: {},
        store,
        print: (text) => console.error(text),
        onResults: (_job, fields, changes) => {
          for (const c of changes) process.stdout.write(printForm(fields, c) + '\n');
        },
      });
      await session.executeScript(sql);
      const stop = (): void => {
        void session.stopAll();
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
      const results = await Promise.allSettled(session.jobs().map((j) => j.done));
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      const failed = session.jobs().filter((j) => j.status().state === 'failed');
      for (const j of failed) console.error(`weir: job ${j.id} failed: ${describeError(j.status().error)}`);
      if (failed.length > 0 || results.some((r) => r.status === 'rejected')) process.exitCode = 1;
    });
}

function describeError(e: unknown): string {
  if (e instanceof WeirError) return e.describe();
  return e instanceof Error ? e.message : String(e);
}

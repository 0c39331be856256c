// `weir run file.sql`: runs a Flink SQL script's statements and keeps its jobs running until they
// finish (bounded inputs) or the process gets SIGTERM/SIGINT, which stops them cleanly after a
// final checkpoint. A SELECT's results print one change per line (`+I[…]`, values as the SQL
// client shows them).
import type { Command } from 'commander';
import { openObjectStore } from '../../storage/index.ts';
import { SqlSession, describeError, readScript } from '../../platform/jobs/session.ts';
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
      const sql = readScript(file);
      const store = await openObjectStore(flags.stateDir);
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


// `weir sql`: an interactive SQL shell like Flink's SQL client (`weir sql -f file.sql` runs a
// script the same way). Statements end with `;`. A query's results stream as a changelog box
// (op, then the columns); SHOW JOBS lists jobs with their metrics, STOP JOB 'id' stops one with a
// final checkpoint; Ctrl-C cancels a running query, Ctrl-D leaves the shell and stops the
// session's jobs after a final checkpoint.
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { openObjectStore } from '../../storage/index.ts';
import { parseScript } from '../../sql/parse/index.ts';
import { SqlSession, describeError, readScript } from '../../platform/jobs/session.ts';
import { Tableau } from '../sql/output.ts';
import type { Job } from '../../engine/index.ts';

interface SqlFlags {
  file?: string;
  stateDir: string;
}

export function register(program: Command): void {
  program.command('sql')
    .description('an interactive Flink SQL shell (or run a script with -f)')
    .option('-f, --file <file>', 'run the statements of a script, then exit when its queries and jobs finish')
    .option('--state-dir <dir>', 'where checkpoints are kept (a folder or s3:// URL)', './weir-state')
    .action(async (flags: SqlFlags) => {
      const store = await openObjectStore(flags.stateDir);
      const boxes = new Map<Job, Tableau>();
      const session = new SqlSession({
        file: flags.file ?? '<shell>',
        services: {},
        store,
        print: (text) => process.stdout.write(text + '\n'),
        onResults: (job, fields, changes) => {
          let box = boxes.get(job);
          if (box === undefined) {
            box = new Tableau(fields);
            boxes.set(job, box);
            process.stdout.write(box.header() + '\n');
          }
          for (const c of changes) process.stdout.write(box.row(c) + '\n');
        },
      });
      /** Runs one piece of SQL; a query waits for its results (Ctrl-C cancels it). */
      const run = async (sql: string, file: string): Promise<void> => {
        // STOP JOB 'id' (Flink SQL client syntax the grammar lacks).
        const stop = /^\s*STOP\s+JOB\s+'([^']+)'\s*;?\s*$/i.exec(sql);
        if (stop !== null) return session.stopJob(stop[1]!);
        for (const s of parseScript(sql, file)) {
          const before = session.jobs().length;
          await session.execute(s);
          const job = session.jobs()[before];
          if (s.kind !== 'query' || job === undefined) continue;
          const cancel = (): void => {
            void job.cancel();
          };
          process.once('SIGINT', cancel);
          await job.done.catch(() => undefined);
          process.off('SIGINT', cancel);
          const box = boxes.get(job);
          if (box !== undefined) process.stdout.write(box.footer() + '\n');
          else process.stdout.write('Empty set\n');
          const st = job.status();
          if (st.state === 'failed') process.stdout.write(`[ERROR] ${describeError(st.error)}\n`);
        }
      };
      if (flags.file !== undefined) {
        await run(readScript(flags.file), flags.file);
        await Promise.allSettled(session.jobs().map((j) => j.done));
        return;
      }
      await shell(run);
      await session.stopAll();
    });
}

async function shell(run: (sql: string, file: string) => Promise<void>): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'Weir SQL> ' });
  let buffer = '';
  rl.prompt();
  for await (const line of rl) {
    buffer += line + '\n';
    if (!/;\s*$/.test(line)) {
      rl.setPrompt('        > ');
      rl.prompt();
      continue;
    }
    const sql = buffer;
    buffer = '';
    try {
      await run(sql, '<shell>');
    } catch (e) {
      process.stdout.write(`[ERROR] ${describeError(e)}\n`);
    }
    rl.setPrompt('Weir SQL> ');
    rl.prompt();
  }
}


// `weir up`: starts Weir on its embedded default (broker + engine + platform + console in one process).
import type { Command } from 'commander';
import { logger } from '../../util/log.ts';

/** The parts of Weir and whether this build has them yet. */
const PARTS = [
  { name: 'protocol codecs', built: true },
  { name: 'storage (WAL + object store)', built: true },
  { name: 'Kafka broker', built: false },
  { name: 'SQL engine', built: false },
  { name: 'platform API and console', built: false },
] as const;

export function register(program: Command): void {
  program
    .command('up')
    .description('start Weir on its embedded default: broker, engine, platform and console in one process')
    .option('--data-dir <dir>', 'where Weir keeps its data', './weir-data')
    .action((opts: { dataDir: string }) => {
      const log = logger('up');
      const missing = PARTS.filter((p) => !p.built).map((p) => p.name);
      log.info({ dataDir: opts.dataDir, built: PARTS.filter((p) => p.built).map((p) => p.name), missing }, 'weir up');
      console.log(`Weir ${program.version()}: ${missing.length === 0 ? 'everything' : 'nothing'} to start yet.`);
      console.log(`Built so far: ${PARTS.filter((p) => p.built).map((p) => p.name).join(', ')}.`);
      console.log(`Not built yet: ${missing.join(', ')}. 'weir up' will start them as they land.`);
    });
}

// Every command, in the order `weir --help` lists them.
import type { Command } from 'commander';
import { register as up } from './up.ts';
import { register as broker } from './broker.ts';
import { register as protocol } from './protocol.ts';
import { register as run } from './run.ts';
import { register as sql } from './sql.ts';

export const commands: ReadonlyArray<(program: Command) => void> = [up, run, sql, broker, protocol];

// Every command, in the order `weir --help` lists them.
import type { Command } from 'commander';
import { register as up } from './up.ts';
import { register as broker } from './broker.ts';
import { register as protocol } from './protocol.ts';

export const commands: ReadonlyArray<(program: Command) => void> = [up, broker, protocol];

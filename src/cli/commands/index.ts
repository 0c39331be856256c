// Every command, in the order `weir --help` lists them.
import type { Command } from 'commander';
import { register as up } from './up.ts';
import { register as broker } from './broker.ts';
import { register as protocol } from './protocol.ts';
import { register as run } from './run.ts';
import { register as sql } from './sql.ts';
import { register as plan } from './plan.ts';
import { register as apply } from './apply.ts';
import { register as pipelines } from './pipelines.ts';
import { register as lineage } from './lineage.ts';
import { register as inventory } from './inventory.ts';
import { register as importCluster } from './import.ts';

export const commands: ReadonlyArray<(program: Command) => void> = [up, plan, apply, pipelines, lineage, inventory, importCluster, run, sql, broker, protocol];

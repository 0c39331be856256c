// `weir import --bootstrap host:port`: the Weir server scans a Kafka cluster (Weir's broker or any
// other) over the admin protocol and builds its inventory of topics and consumer groups, flagging
// topics without an owner or a contract — the start of governing an existing estate.
import type { Command } from 'commander';
import { addServerFlags, printJson, WeirClient, type ServerFlags } from '../client.ts';
import { renderInventory } from './inventory.ts';

export function register(program: Command): void {
  addServerFlags(program.command('import')
    .description("scan a Kafka cluster's topics and consumer groups into the inventory, flagging those without owner or contract")
    .requiredOption('--bootstrap <host:port>', 'the cluster to scan (host:port[,host:port…])'))
    .action(async (flags: ServerFlags & { bootstrap: string }) => {
      const inventory = await new WeirClient(flags.server).importCluster(flags.bootstrap);
      if (flags.json) printJson(inventory);
      else console.log(renderInventory(inventory));
    });
}

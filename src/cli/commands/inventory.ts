// `weir inventory`: the managed cluster's topics — owner, role, writers, readers, flags — and its
// consumer groups, from the estate's contracts, the pipelines' lineage and the cluster itself.
// renderInventory is shared with `weir import`.
import type { Command } from 'commander';
import type { Inventory } from '../../platform/lineage/types.ts';
import { formatDuration } from '../../platform/policy/text.ts';
import { addServerFlags, printJson, WeirClient, type ServerFlags } from '../client.ts';
import { table } from '../table.ts';

export function register(program: Command): void {
  addServerFlags(program.command('inventory').description('topics with owner, role, writers, readers and flags, and consumer groups'))
    .action(async (flags: ServerFlags) => {
      const inventory = await new WeirClient(flags.server).inventory();
      if (flags.json) printJson(inventory);
      else console.log(renderInventory(inventory));
    });
}

export function renderInventory(inv: Inventory): string {
  const ownerless = inv.topics.filter((t) => t.flags.includes('no-owner')).length;
  const lines = [
    `Cluster ${inv.cluster}, scanned ${inv.scannedAt}: ${inv.topics.length} topics (${ownerless} without an owner), ${inv.groups.length} consumer groups.`,
    '',
    table(
      ['TOPIC', 'OWNER', 'ROLE', 'PARTITIONS', 'RETENTION', 'WRITERS', 'READERS', 'FLAGS'],
      inv.topics.map((t) => [
        t.name,
        t.owner ?? '',
        t.role ?? '',
        t.partitions === undefined ? '' : String(t.partitions),
        t.retentionMs === undefined ? '' : formatDuration(t.retentionMs),
        t.writers.join(', '),
        t.readers.join(', '),
        t.flags.join(', '),
      ]),
    ),
  ];
  if (inv.groups.length > 0) {
    lines.push('', table(['GROUP', 'STATE', 'MEMBERS', 'LAG', 'TOPICS'], inv.groups.map((g) => [g.id, g.state, String(g.members), g.lag === undefined ? '' : String(g.lag), g.topics.join(', ')])));
  }
  return lines.join('\n');
}

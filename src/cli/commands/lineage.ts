// `weir lineage <topic|pipeline>`: what a topic or pipeline depends on (upstream) and what depends
// on it (downstream), transitively, as trees built from the pipelines' SQL and consumer groups.
// 'topic:x' / 'pipeline:x' force the kind when a topic and a pipeline share a name.
import type { Command } from 'commander';
import type { LineageNode, LineageView } from '../../platform/lineage/types.ts';
import { addServerFlags, printJson, WeirClient, type ServerFlags } from '../client.ts';

export function register(program: Command): void {
  addServerFlags(program.command('lineage')
    .description('upstream and downstream of a topic or pipeline')
    .argument('<name>', "a topic or pipeline ('topic:x' or 'pipeline:x' to say which)"))
    .action(async (name: string, flags: ServerFlags) => {
      const view = await new WeirClient(flags.server).lineage(name);
      if (flags.json) printJson(view);
      else console.log(renderLineage(view));
    });
}

const label = (n: LineageNode): string => `${n.kind} ${n.name}${n.owner === undefined ? '' : ` (owner ${n.owner})`}`;

export function renderLineage(view: LineageView): string {
  const nodes = new Map([view.node, ...view.upstream, ...view.downstream].map((n) => [n.id, n]));
  const parents = (id: string): string[] => view.edges.filter((e) => e.to === id).map((e) => e.from);
  const children = (id: string): string[] => view.edges.filter((e) => e.from === id).map((e) => e.to);
  return [
    label(view.node),
    'Upstream (what it reads from):',
    tree(view.node.id, parents, nodes),
    'Downstream (what breaks if it changes):',
    tree(view.node.id, children, nodes),
  ].join('\n');
}

/** The nodes reachable from `root` by `next`, drawn as a tree; a node met again says so instead of repeating its subtree. */
function tree(root: string, next: (id: string) => string[], nodes: ReadonlyMap<string, LineageNode>): string {
  const lines: string[] = [];
  const seen = new Set<string>([root]);
  const walk = (id: string, indent: string): void => {
    const ids = next(id);
    ids.forEach((child, i) => {
      const last = i === ids.length - 1;
      const node = nodes.get(child);
      const again = seen.has(child);
      lines.push(`${indent}${last ? '└── ' : '├── '}${node === undefined ? child : label(node)}${again ? ' (see above)' : ''}`);
      if (again) return;
      seen.add(child);
      walk(child, indent + (last ? '    ' : '│   '));
    });
  };
  walk(root, '  ');
  return lines.length === 0 ? '  (nothing)' : lines.join('\n');
}

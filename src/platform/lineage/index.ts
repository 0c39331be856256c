// Lineage and inventory: what each pipeline's SQL reads and writes (io.ts), the graph of topics,
// pipelines, sinks and consumer groups with upstream/downstream walks (graph.ts), and the inventory
// of a cluster's and an estate's topics and groups (inventory.ts). docs/lineage.md explains them.
export { pipelineIO, TOPIC_PATTERN } from './io.ts';
export { buildLineage, lineageOf } from './graph.ts';
export { buildInventory, type InventoryArgs } from './inventory.ts';
export type * from './types.ts';

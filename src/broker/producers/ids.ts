// Producer ids for InitProducerId: handed out from blocks reserved durably in the metadata store's
// meta table (`producer_ids_reserved`, the first id no block has covered), as Kafka's
// ProducerIdManager does with blocks of 1000. An id is never handed out twice, across restarts
// included; a restart skips what was left of the last block. One write per block, not per id.
import type { MetadataStore } from '../../storage/metadata/store.ts';

export const PRODUCER_ID_BLOCK = 1000n;
const KEY = 'producer_ids_reserved';

export class ProducerIdAllocator {
  private readonly meta: MetadataStore;
  private readonly blockSize: bigint;
  private next = 0n;
  private end = 0n;

  constructor(meta: MetadataStore, blockSize = PRODUCER_ID_BLOCK) {
    this.meta = meta;
    this.blockSize = blockSize;
  }

  /** A producer id never handed out before. Throws if the metadata store cannot be written. */
  allocate(): bigint {
    if (this.next >= this.end) {
      const start = this.meta.transaction(() => {
        const first = BigInt(this.meta.getMeta(KEY) ?? '0');
        this.meta.setMeta(KEY, (first + this.blockSize).toString());
        return first;
      });
      this.next = start;
      this.end = start + this.blockSize;
    }
    return this.next++;
  }
}

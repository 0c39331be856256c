// The `nexmark` connector: the Nexmark benchmark's event stream (nexmark-flink NexmarkSource), one
// table of columns event_type INT, person ROW<8 fields>, auction ROW<10>, bid ROW<7> as the
// project's DDL declares them. Options as the project names them; those its generator ignores
// (rate.shape, rate.period, rate.limited, next-event.rate) are accepted and ignored too. The base
// time is the wall clock when the table is first read (as the project's factory takes it), kept in
// the position with the count of events emitted, so a restored job continues the same stream.
// 'events.num' = 0 is unbounded; 'stop-at' ≥ 0 stops earlier; 'keep-alive' idles instead of ending;
// 'max-emit-speed' = false paces events to their event-time spacing on the wall clock.
import { toSql, type LogicalType } from '../../../sql/types/types.ts';
import { WeirError } from '../../../util/errors.ts';
import { bool, memory, num } from '../options.ts';
import type { Connector, ConnectorContext, SourceReader, SourceRecord } from '../types.ts';
import { NexmarkGenerator } from './generator.ts';

const COLUMNS: Readonly<Record<string, readonly string[] | undefined>> = {
  event_type: undefined,
  person: ['id', 'name', 'emailAddress', 'creditCard', 'city', 'state', 'dateTime', 'extra'],
  auction: ['id', 'itemName', 'description', 'initialBid', 'reserve', 'dateTime', 'expires', 'seller', 'category', 'extra'],
  bid: ['auction', 'bidder', 'price', 'channel', 'url', 'dateTime', 'extra'],
};
const ORDER = ['event_type', 'person', 'auction', 'bid'];

interface Position {
  readonly emitted: number;
  readonly baseTime: number;
}

/** Checks the declared columns against the nexmark layout (by name, nested fields in order). */
function checkColumns(ctx: ConnectorContext): void {
  const names = ctx.fields.map((f) => f.name);
  const fail = (why: string): never => {
    throw new WeirError('CONFIG_INVALID', `Table '${ctx.table}' (connector 'nexmark'): ${why}`, {
      hint: 'declare the columns of the nexmark DDL: event_type INT, person ROW<id, name, emailAddress, creditCard, city, state, dateTime, extra>, auction ROW<id, itemName, description, initialBid, reserve, dateTime, expires, seller, category, extra>, bid ROW<auction, bidder, price, channel, url, dateTime, extra>',
    });
  };
  if (names.join(',') !== ORDER.join(',')) fail(`the physical columns must be ${ORDER.join(', ')}, got ${names.join(', ')}`);
  for (const f of ctx.fields) {
    const nested = COLUMNS[f.name];
    if (nested === undefined) continue;
    const t: LogicalType = f.type;
    if (t.kind !== 'ROW' || t.fields.map((x) => x.name.toLowerCase()).join(',') !== nested.map((x) => x.toLowerCase()).join(',')) {
      fail(`column '${f.name}' must be ROW<${nested.join(', ')}>, got ${toSql(t)}`);
    }
  }
}

class NexmarkReader implements SourceReader {
  private readonly gen: NexmarkGenerator;
  private readonly limit: number;
  private readonly keepAlive: boolean;
  private readonly paced: boolean;
  private readonly baseTime: number;
  private emitted: number;
  private wallclockBase = -1;

  constructor(ctx: ConnectorContext) {
    const o = ctx.options;
    const restored = ctx.restored as Position | undefined;
    this.baseTime = restored?.baseTime ?? Date.now();
    this.emitted = restored?.emitted ?? 0;
    this.gen = new NexmarkGenerator({
      baseTime: this.baseTime,
      firstEventRate: num(o, 'first-event.rate', 10_000),
      personProportion: num(o, 'person.proportion', 1),
      auctionProportion: num(o, 'auction.proportion', 3),
      bidProportion: num(o, 'bid.proportion', 46),
      hotAuctionRatio: num(o, 'bid.hot-ratio.auctions', 2),
      hotBiddersRatio: num(o, 'bid.hot-ratio.bidders', 4),
      hotSellersRatio: num(o, 'auction.hot-ratio.sellers', 4),
      avgPersonByteSize: memory(o, 'person.avg-size', 200),
      avgAuctionByteSize: memory(o, 'auction.avg-size', 500),
      avgBidByteSize: memory(o, 'bid.avg-size', 100),
    });
    const events = num(o, 'events.num', 0);
    const stopAt = num(o, 'stop-at', -1);
    const max = events === 0 ? Number.MAX_SAFE_INTEGER : events;
    this.limit = stopAt < 0 ? max : Math.min(stopAt, max);
    this.keepAlive = bool(o, 'keep-alive', false);
    this.paced = !bool(o, 'max-emit-speed', true);
  }

  partitions(): readonly number[] {
    return [0];
  }

  async poll(max: number): Promise<readonly SourceRecord[] | undefined> {
    if (this.emitted >= this.limit) return this.keepAlive ? [] : undefined;
    let n = Math.min(max, this.limit - this.emitted);
    if (this.paced) {
      const now = Date.now();
      if (this.wallclockBase < 0) this.wallclockBase = now - (this.gen.timestampForEvent(this.emitted + 1) - this.baseTime);
      // Events are due when their offset from the base time has passed on the wall clock.
      let due = 0;
      while (due < n && this.wallclockBase + this.gen.timestampForEvent(this.emitted + due + 1) - this.baseTime <= now) due++;
      n = due;
    }
    const out: SourceRecord[] = new Array(n);
    for (let k = 0; k < n; k++) out[k] = { partition: 0, kind: '+I', row: this.gen.event(this.emitted + k) };
    this.emitted += n;
    return out;
  }

  position(): Position {
    return { emitted: this.emitted, baseTime: this.baseTime };
  }

  async close(): Promise<void> {}
}

export const nexmark: Connector = {
  name: 'nexmark',
  sinkAcceptsUpdates: false,
  async createSource(ctx: ConnectorContext): Promise<SourceReader> {
    checkColumns(ctx);
    return new NexmarkReader(ctx);
  },
};

// The nexmark event generator (nexmark-flink NexmarkGenerator, GeneratorConfig and the Person,
// Auction, Bid generators), written from the project's description of its model:
// - event n (0-based count) has event number n + 1 and id n + 2 (first event id 1, first number 1);
//   id mod (person + auction + bid proportions, 1:3:46 by default) picks the kind;
// - timestamps advance by 1e6 / first-event.rate microseconds per event from the base time;
// - people and auctions get consecutive ids from 1000; bids go to a hot auction (the first of the
//   last 100) unless 1 in bid.hot-ratio.auctions, else to one of the ~100 auctions in flight; hot
//   bidders and sellers likewise among the last 100 people, else one of the last 1000 active ones;
// - prices are 100 × 10^(uniform 0..6) cents; auctions last on average until 100 more auctions exist;
// - 'extra' pads each event to its configured average size.
// Values are drawn from a generator reseeded with the event id, so each event is deterministic.
import { Random } from './random.ts';
import { HOT_CHANNELS, channelTable, nextExtra, nextString } from './strings.ts';

export interface NexmarkConfig {
  readonly baseTime: number;
  readonly firstEventRate: number;
  readonly personProportion: number;
  readonly auctionProportion: number;
  readonly bidProportion: number;
  readonly hotAuctionRatio: number;
  readonly hotBiddersRatio: number;
  readonly hotSellersRatio: number;
  readonly avgPersonByteSize: number;
  readonly avgAuctionByteSize: number;
  readonly avgBidByteSize: number;
}

export const EVENT_PERSON = 0;
export const EVENT_AUCTION = 1;
export const EVENT_BID = 2;

const FIRST_AUCTION_ID = 1000;
const FIRST_PERSON_ID = 1000;
const FIRST_CATEGORY_ID = 10;
const NUM_CATEGORIES = 5;
const HOT_RATIO = 100;
const PERSON_ID_LEAD = 10;
const AUCTION_ID_LEAD = 10;
const NUM_IN_FLIGHT_AUCTIONS = 100;
const NUM_ACTIVE_PEOPLE = 1000;

const STATES = 'AZ,CA,ID,OR,WA,WY'.split(',');
const CITIES = 'Phoenix,Los Angeles,San Francisco,Boise,Portland,Bend,Redmond,Seattle,Kent,Cheyenne'.split(',');
const FIRST_NAMES = 'Peter,Paul,Luke,John,Saul,Vicky,Kate,Julie,Sarah,Deiter,Walter'.split(',');
const LAST_NAMES = 'Shultz,Abrams,Spencer,White,Bartels,Walton,Smith,Jones,Noris'.split(',');
const CARD_GROUPS = Array.from({ length: 10_000 }, (_, i) => String(i).padStart(4, '0'));

/** One event as the nexmark table's row: [event_type, person, auction, bid], two of them NULL. */
export type EventRow = [number, unknown[] | null, unknown[] | null, unknown[] | null];

export class NexmarkGenerator {
  private readonly c: NexmarkConfig;
  private readonly total: number;
  private readonly interEventDelayUs: number;
  private readonly r = new Random();
  private readonly channels = channelTable();

  constructor(config: NexmarkConfig) {
    this.c = config;
    this.total = config.personProportion + config.auctionProportion + config.bidProportion;
    this.interEventDelayUs = 1_000_000 / config.firstEventRate;
  }

  /** Event time of an event number (GeneratorConfig.timestampForEvent). */
  timestampForEvent(eventNumber: number): number {
    return this.c.baseTime + Math.floor(Math.trunc(eventNumber * this.interEventDelayUs) / 1000);
  }

  /** The event after `count` events have been generated. */
  event(count: number): EventRow {
    const eventNumber = count + 1;
    const eventId = eventNumber + 1;
    const timestamp = this.timestampForEvent(eventNumber);
    this.r.seed(eventId);
    const rem = eventId % this.total;
    if (rem < this.c.personProportion) return [EVENT_PERSON, this.person(eventId, timestamp), null, null];
    if (rem < this.c.personProportion + this.c.auctionProportion) return [EVENT_AUCTION, null, this.auction(eventNumber, eventId, timestamp), null];
    return [EVENT_BID, null, null, this.bid(eventId, timestamp)];
  }

  private lastBase0PersonId(eventId: number): number {
    const epoch = Math.floor(eventId / this.total);
    let offset = eventId % this.total;
    if (offset >= this.c.personProportion) offset = this.c.personProportion - 1;
    return epoch * this.c.personProportion + offset;
  }

  private lastBase0AuctionId(eventId: number): number {
    let epoch = Math.floor(eventId / this.total);
    let offset = eventId % this.total;
    const p = this.c.personProportion;
    if (offset < p) {
      epoch--;
      offset = this.c.auctionProportion - 1;
    } else if (offset >= p + this.c.auctionProportion) offset = this.c.auctionProportion - 1;
    else offset -= p;
    return epoch * this.c.auctionProportion + offset;
  }

  private nextBase0PersonId(eventId: number): number {
    const numPeople = this.lastBase0PersonId(eventId) + 1;
    const active = Math.min(numPeople, NUM_ACTIVE_PEOPLE);
    return numPeople - active + this.r.int(active + PERSON_ID_LEAD);
  }

  private nextBase0AuctionId(eventId: number): number {
    const max = this.lastBase0AuctionId(eventId);
    const min = Math.max(max - NUM_IN_FLIGHT_AUCTIONS, 0);
    return min + this.r.int(max - min + 1 + AUCTION_ID_LEAD);
  }

  private price(): number {
    return Math.round(10 ** (this.r.double() * 6) * 100);
  }

  private person(eventId: number, timestamp: number): unknown[] {
    const r = this.r;
    const id = this.lastBase0PersonId(eventId) + FIRST_PERSON_ID;
    const name = FIRST_NAMES[r.int(FIRST_NAMES.length)]! + ' ' + LAST_NAMES[r.int(LAST_NAMES.length)]!;
    const email = nextString(r, 7) + '@' + nextString(r, 5) + '.com';
    const card = CARD_GROUPS[r.int(10_000)]! + ' ' + CARD_GROUPS[r.int(10_000)]! + ' ' + CARD_GROUPS[r.int(10_000)]! + ' ' + CARD_GROUPS[r.int(10_000)]!;
    const city = CITIES[r.int(CITIES.length)]!;
    const state = STATES[r.int(STATES.length)]!;
    const size = 8 + name.length + email.length + card.length + city.length + state.length;
    const extra = nextExtra(r, size, this.c.avgPersonByteSize);
    return [BigInt(id), name, email, card, city, state, timestamp, extra];
  }

  private auction(eventNumber: number, eventId: number, timestamp: number): unknown[] {
    const r = this.r;
    const id = this.lastBase0AuctionId(eventId) + FIRST_AUCTION_ID;
    const seller =
      (r.int(this.c.hotSellersRatio) > 0
        ? Math.floor(this.lastBase0PersonId(eventId) / HOT_RATIO) * HOT_RATIO
        : this.nextBase0PersonId(eventId)) + FIRST_PERSON_ID;
    const category = FIRST_CATEGORY_ID + r.int(NUM_CATEGORIES);
    const initialBid = this.price();
    // Auctions last on average until NUM_IN_FLIGHT_AUCTIONS more auctions have been created.
    const eventsForAuctions = Math.floor((NUM_IN_FLIGHT_AUCTIONS * this.total) / this.c.auctionProportion);
    const horizon = this.timestampForEvent(eventNumber + eventsForAuctions) - timestamp;
    const expires = timestamp + 1 + r.int(Math.max(horizon * 2, 1));
    const itemName = nextString(r, 20);
    const description = nextString(r, 100);
    const reserve = initialBid + this.price();
    const size = 8 + itemName.length + description.length + 8 + 8 + 8 + 8 + 8;
    const extra = nextExtra(r, size, this.c.avgAuctionByteSize);
    return [BigInt(id), itemName, description, BigInt(initialBid), BigInt(reserve), timestamp, expires, BigInt(seller), BigInt(category), extra];
  }

  private bid(eventId: number, timestamp: number): unknown[] {
    const r = this.r;
    const auction =
      (r.int(this.c.hotAuctionRatio) > 0
        ? Math.floor(this.lastBase0AuctionId(eventId) / HOT_RATIO) * HOT_RATIO
        : this.nextBase0AuctionId(eventId)) + FIRST_AUCTION_ID;
    // The nexmark project adds FIRST_PERSON_ID to the bidder twice; its bidder ids are kept.
    const bidder =
      (r.int(this.c.hotBiddersRatio) > 0
        ? Math.floor(this.lastBase0PersonId(eventId) / HOT_RATIO) * HOT_RATIO + 1
        : this.nextBase0PersonId(eventId)) + 2 * FIRST_PERSON_ID;
    const price = this.price();
    let channel: string;
    let url: string;
    if (r.int(2) > 0) {
      const i = r.int(HOT_CHANNELS.length);
      channel = HOT_CHANNELS[i]!;
      url = this.channels.hotUrls[i]!;
    } else {
      const i = r.int(this.channels.names.length);
      channel = this.channels.names[i]!;
      url = this.channels.urls[i]!;
    }
    const extra = nextExtra(r, 32, this.c.avgBidByteSize);
    return [BigInt(auction), BigInt(bidder), BigInt(price), channel, url, timestamp, extra];
  }
}

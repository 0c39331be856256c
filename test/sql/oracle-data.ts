// Generated input for the batch-oracle suite (oracle.test.ts): orders with timestamps out of order
// within a bound, written as JSON lines that both Weir's filesystem source and DuckDB's read_json
// read. Deterministic: a seeded PRNG, so a failure reproduces.
//
// Event i belongs to slot time BASE + i·SLOT_MS and is written in slot order; its ts is the slot
// time moved by up to ±(JITTER_MS) (a few are snapped to a 5-second boundary, to hit window edges).
// Every earlier event has ts < its slot + JITTER_MS, so the watermark (max ts − WATERMARK_DELAY_S)
// stays below every later event's ts: with JITTER_MS < WATERMARK_DELAY_S·500 no event is late.
import { writeFileSync } from 'node:fs';

export const EVENTS = 6000;
export const SLOT_MS = 200;
export const JITTER_MS = 4999;
export const WATERMARK_DELAY_S = 10;
/** 2024-03-10 01:59:57.123, an unaligned start (TIMESTAMP is wall-clock, no zone). */
const BASE = Date.UTC(2024, 2, 10, 1, 59, 57, 123);
const CUSTOMERS = 25;

export interface Order {
  readonly id: number;
  readonly customer: string | null;
  /** Amount in cents (DECIMAL(10,2) unscaled), or null. */
  readonly cents: number | null;
  readonly qty: number | null;
  /** Epoch milliseconds of the wall-clock timestamp. */
  readonly ts: number;
}

/** mulberry32: a small, well-known 32-bit PRNG; returns floats in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateOrders(seed: number): Order[] {
  const r = prng(seed);
  const out: Order[] = [];
  for (let i = 0; i < EVENTS; i++) {
    const slot = BASE + i * SLOT_MS;
    // Skewed keys: c00 about every second, c24 about every ten: sessions of every length.
    const customer = r() < 0.01 ? null : `c${String(Math.floor(r() ** 2 * CUSTOMERS)).padStart(2, '0')}`;
    const cents = r() < 0.03 ? null : Math.floor(r() * 100_000) - 2_000;
    const qty = r() < 0.03 ? null : 1 + Math.floor(r() * 20);
    const ts = r() < 0.03 ? Math.round(slot / 5000) * 5000 : slot + Math.round((r() * 2 - 1) * JITTER_MS);
    out.push({ id: i + 1, customer, cents, qty, ts });
  }
  return out;
}

/** 'YYYY-MM-DD HH:MM:SS.mmm' of epoch milliseconds (the wall clock, as TIMESTAMP(3) prints). */
export function timestampText(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
}

function centsText(c: number): string {
  const a = Math.abs(c);
  return `${c < 0 ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** Writes the orders as JSON lines (DECIMALs as JSON numbers with two decimals). */
export function writeOrders(path: string, orders: readonly Order[]): void {
  const lines = orders.map((o) =>
    `{"id":${o.id},"customer":${o.customer === null ? 'null' : `"${o.customer}"`},` +
    `"amount":${o.cents === null ? 'null' : centsText(o.cents)},"qty":${o.qty ?? 'null'},"ts":"${timestampText(o.ts)}"}`);
  writeFileSync(path, lines.join('\n') + '\n');
}

/**
 * How many orders, taken in arrival order, join two or more sessions of their key that were apart
 * until then (sessions: [first ts, last ts] of events less than `gapMs` apart): the merges an
 * engine must do because events come out of order.
 */
export function sessionBridges(orders: readonly Order[], gapMs: number): number {
  const sessions = new Map<string | null, [number, number][]>();
  let bridges = 0;
  for (const o of orders) {
    const list = sessions.get(o.customer) ?? [];
    const hit = list.filter(([start, end]) => o.ts >= start - gapMs && o.ts <= end + gapMs);
    if (hit.length >= 2) bridges++;
    const merged: [number, number] = [Math.min(o.ts, ...hit.map((h) => h[0])), Math.max(o.ts, ...hit.map((h) => h[1]))];
    sessions.set(o.customer, [...list.filter((s) => !hit.includes(s)), merged]);
  }
  return bridges;
}

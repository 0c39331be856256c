// Text the nexmark generator puts in events (nexmark-flink StringsGenerator and the fixed lists of
// PersonGenerator and BidGenerator): random lowercase strings with occasional spaces, 'extra'
// padding taken from one large random string so that events reach their configured average size,
// and the bid channels with their URLs (four hot channels, 10,000 others).
import { Random } from './random.ts';

const MIN_STRING_LENGTH = 3;

/** A random string of 3 to maxLength - 1 letters with a `special` character 1 time in 13, trimmed. */
export function nextString(r: Random, maxLength: number, special = ' '): string {
  let len = MIN_STRING_LENGTH + r.int(maxLength - MIN_STRING_LENGTH);
  let out = '';
  while (len-- > 0) out += r.int(13) === 0 ? special : String.fromCharCode(97 + r.int(26));
  return special === ' ' ? out.trim() : out;
}

// The nexmark project builds this from Java ints, whose remainder keeps the sign, so its letters
// span 'H' to 'z' ('a' - 25 to 'a' + 25); Weir keeps that alphabet.
let reusable: string | undefined;

function reusableExtra(): string {
  if (reusable !== undefined) return reusable;
  const r = new Random(0x6e65786d);
  const length = 1024 * 1024;
  const codes = new Uint16Array(length);
  let rnd = 0;
  let n = 0;
  for (let i = 0; i < length; i++) {
    if (n === 0) {
      rnd = r.nextInt32();
      n = 6;
    }
    codes[i] = 97 + (rnd % 26);
    rnd = Math.trunc(rnd / 26);
    n--;
  }
  let text = '';
  for (let i = 0; i < length; i += 8192) text += String.fromCharCode(...codes.subarray(i, i + 8192));
  reusable = text;
  return text;
}

/** A random string of exactly `length` characters (a slice of the reusable string). */
function nextExactString(r: Random, length: number): string {
  const pool = reusableExtra();
  if (length < pool.length / 2) {
    const offset = r.int(pool.length - length);
    return pool.slice(offset, offset + length);
  }
  let out = '';
  for (let i = 0; i < length; i++) out += String.fromCharCode(97 + r.int(26));
  return out;
}

/** Padding such that currentSize plus its length is on average desiredAverageSize (±20%). */
export function nextExtra(r: Random, currentSize: number, desiredAverageSize: number): string {
  if (currentSize > desiredAverageSize) return '';
  const rest = desiredAverageSize - currentSize;
  const delta = Math.round(rest * 0.2);
  const size = rest - delta + (delta === 0 ? 0 : r.int(2 * delta));
  return nextExactString(r, size);
}

export const HOT_CHANNELS = ['Google', 'Facebook', 'Baidu', 'Apple'] as const;
const CHANNELS_NUMBER = 10_000;

/** java.lang.Integer.reverse: the 32 bits of i in reverse order, as a signed int. */
function reverseBits(i: number): number {
  let x = i >>> 0;
  let out = 0;
  for (let b = 0; b < 32; b++) {
    out = (out << 1) | (x & 1);
    x >>>= 1;
  }
  return out | 0;
}

function baseUrl(r: Random): string {
  return `https://www.nexmark.com/${nextString(r, 5, '_')}/${nextString(r, 5, '_')}/${nextString(r, 5, '_')}/item.htm?query=1`;
}

export interface Channels {
  readonly hotUrls: readonly string[];
  readonly names: readonly string[];
  readonly urls: readonly string[];
}

let channels: Channels | undefined;

/** The hot channels' URLs and the 10,000 other channels, made once with a fixed seed. */
export function channelTable(): Channels {
  if (channels !== undefined) return channels;
  const r = new Random(0x63686e6c);
  const hotUrls = HOT_CHANNELS.map(() => baseUrl(r));
  const names: string[] = [];
  const urls: string[] = [];
  for (let i = 0; i < CHANNELS_NUMBER; i++) {
    let url = baseUrl(r);
    const rev = reverseBits(i);
    // Java's Math.abs leaves Integer.MIN_VALUE negative.
    if (r.int(10) > 0) url += '&channel_id=' + (rev === -2147483648 ? rev : Math.abs(rev));
    names.push('channel-' + i);
    urls.push(url);
  }
  channels = { hotUrls, names, urls };
  return channels;
}

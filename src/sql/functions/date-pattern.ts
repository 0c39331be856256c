// Java date-time patterns ('yyyy-MM-dd HH:mm:ss.SSS') for DATE_FORMAT, FROM_UNIXTIME, TO_TIMESTAMP,
// TO_DATE and UNIX_TIMESTAMP. Letters as java.time's DateTimeFormatter reads them (which Flink uses):
// y/u year, M/L month (MMM 'Jan', MMMM 'January'), d day, D day of year, E day name, e/c ISO day
// number, a AM/PM, H 0-23, k 1-24, K 0-11, h 1-12, m, s, S fraction digits, Q quarter, w ISO week,
// Z/X/x offset, G era; text in '…' and other characters are literal. Patterns are compiled once.
import { civilFromDays, daysFromCivil, dayOfYear, daysInMonth, floorDiv, isoDayOfWeek, isoWeek, MS_PER_DAY } from './datetime.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

type Token = { readonly letter: string; readonly count: number } | { readonly text: string };

function tokenize(pattern: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) { out.push({ text: "'" }); i += 2; continue; }
      const stop = end < 0 ? pattern.length : end;
      out.push({ text: pattern.slice(i + 1, stop).replaceAll("''", "'") });
      i = stop + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (j < pattern.length && pattern[j] === c) j++;
      out.push({ letter: c, count: j - i });
      i = j;
    } else {
      out.push({ text: c });
      i++;
    }
  }
  return out;
}

const num = (n: number, width: number): string => (n < 0 ? '-' + String(-n).padStart(width, '0') : String(n).padStart(width, '0'));

function offsetText(offsetMs: number, letter: string, count: number): string {
  if (offsetMs === 0 && letter === 'X') return 'Z';
  const sign = offsetMs < 0 ? '-' : '+';
  const a = Math.abs(offsetMs) / 60_000;
  const hh = num(Math.floor(a / 60), 2), mm = num(a % 60, 2);
  if (letter === 'Z') return count === 4 ? `GMT${sign}${hh}:${mm}` : `${sign}${hh}${mm}`;
  return count === 1 ? `${sign}${hh}${a % 60 === 0 ? '' : mm}` : count === 2 ? `${sign}${hh}${mm}` : `${sign}${hh}:${mm}`;
}

type Part = (ms: number, days: number, offset: number) => string;

function formatPart(t: Token): Part {
  if ('text' in t) { const s = t.text; return () => s; }
  const n = t.count;
  const civ = (days: number) => civilFromDays(days);
  const tod = (ms: number, days: number) => ms - days * MS_PER_DAY;
  switch (t.letter) {
    case 'y': case 'u': case 'Y':
      return (_ms, days) => { const y = civ(days).year; return n === 2 ? num(((y % 100) + 100) % 100, 2) : num(y, n); };
    case 'M': case 'L':
      return (_ms, days) => { const m = civ(days).month; return n >= 4 ? MONTHS[m - 1]! : n === 3 ? MONTHS[m - 1]!.slice(0, 3) : num(m, n); };
    case 'd': return (_ms, days) => num(civ(days).day, n);
    case 'D': return (_ms, days) => num(dayOfYear(days), n);
    case 'E': return (_ms, days) => { const d = DAYS[isoDayOfWeek(days) - 1]!; return n >= 4 ? d : d.slice(0, 3); };
    case 'e': case 'c': return (_ms, days) => num(isoDayOfWeek(days), n);
    case 'Q': case 'q': return (_ms, days) => num(Math.floor((civ(days).month - 1) / 3) + 1, n);
    case 'w': return (_ms, days) => num(isoWeek(days), n);
    case 'a': return (ms, days) => (tod(ms, days) < 43_200_000 ? 'AM' : 'PM');
    case 'H': return (ms, days) => num(Math.floor(tod(ms, days) / 3_600_000), n);
    case 'k': return (ms, days) => num(Math.floor(tod(ms, days) / 3_600_000) || 24, n);
    case 'K': return (ms, days) => num(Math.floor(tod(ms, days) / 3_600_000) % 12, n);
    case 'h': return (ms, days) => num(Math.floor(tod(ms, days) / 3_600_000) % 12 || 12, n);
    case 'm': return (ms, days) => num(Math.floor(tod(ms, days) / 60_000) % 60, n);
    case 's': return (ms, days) => num(Math.floor(tod(ms, days) / 1000) % 60, n);
    case 'S': return (ms, days) => String(tod(ms, days) % 1000).padStart(3, '0').padEnd(9, '0').slice(0, n);
    case 'G': return (_ms, days) => (civ(days).year > 0 ? 'AD' : 'BC');
    case 'Z': case 'X': case 'x': { const l = t.letter; return (_ms, _d, offset) => offsetText(offset, l, n); }
    default: return () => t.letter.repeat(n);
  }
}

export type Formatter = (wallMs: number, offsetMs?: number) => string;

const formatCache = new Map<string, Formatter>();

/** A formatter of wall-clock ms (a TIMESTAMP value); `offsetMs` feeds the Z/X letters. */
export function compileFormat(pattern: string): Formatter {
  let f = formatCache.get(pattern);
  if (f !== undefined) return f;
  const parts = tokenize(pattern).map(formatPart);
  f = (ms, offset = 0) => {
    const days = floorDiv(ms, MS_PER_DAY);
    let s = '';
    for (const p of parts) s += p(ms, days, offset);
    return s;
  };
  if (formatCache.size < 1000) formatCache.set(pattern, f);
  return f;
}

// ---- parsing ------------------------------------------------------------------------------------

export type Parser = (text: string) => number | null;

interface Fields { y: number; M: number; d: number; H: number; m: number; s: number; S: number; pm: number; h12: boolean; D: number }

const parseCache = new Map<string, Parser>();

/** `s` with the characters special in a regular expression escaped. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A parser to wall-clock ms (null when the text does not match or is not a valid date-time). */
export function compileParse(pattern: string): Parser {
  let p = parseCache.get(pattern);
  if (p !== undefined) return p;
  const setters: ((f: Fields, v: string) => void)[] = [];
  let re = '^\\s*';
  const tokens = tokenize(pattern);
  for (const [i, t] of tokens.entries()) {
    if ('text' in t) { re += t.text === ' ' ? '\\s+' : escapeRe(t.text); continue; }
    const next = tokens[i + 1];
    const adjacent = next !== undefined && !('text' in next); // 'yyyyMMdd': fixed widths
    const digits = (min: number) => (adjacent ? `(\\d{${Math.max(min, t.count)}})` : `(\\d{${min},9})`);
    const n = t.count;
    switch (t.letter) {
      case 'y': case 'u': case 'Y':
        re += n === 2 ? '(\\d{2})' : adjacent ? `([+-]?\\d{${n}})` : '([+-]?\\d{1,9})';
        setters.push(n === 2 ? (f, v) => { f.y = 2000 + Number(v); } : (f, v) => { f.y = Number(v); });
        break;
      case 'M': case 'L':
        if (n >= 3) {
          re += `(${MONTHS.map((mo) => (n === 3 ? mo.slice(0, 3) : mo)).join('|')})`;
          setters.push((f, v) => { f.M = MONTHS.findIndex((mo) => mo.toLowerCase().startsWith(v.toLowerCase())) + 1; });
        } else { re += digits(n); setters.push((f, v) => { f.M = Number(v); }); }
        break;
      case 'd': re += digits(n); setters.push((f, v) => { f.d = Number(v); }); break;
      case 'D': re += digits(n); setters.push((f, v) => { f.D = Number(v); }); break;
      case 'H': case 'k': re += digits(n); setters.push((f, v) => { f.H = Number(v) % 24; }); break;
      case 'h': case 'K': re += digits(n); setters.push((f, v) => { f.H = Number(v) % 12; f.h12 = true; }); break;
      case 'm': re += digits(n); setters.push((f, v) => { f.m = Number(v); }); break;
      case 's': re += digits(n); setters.push((f, v) => { f.s = Number(v); }); break;
      case 'S': re += `(\\d{${n}})`; setters.push((f, v) => { f.S = Number(v.padEnd(3, '0').slice(0, 3)); }); break;
      case 'a': re += '(AM|PM|am|pm)'; setters.push((f, v) => { f.pm = v.toUpperCase() === 'PM' ? 1 : 0; }); break;
      case 'E': re += '([A-Za-z]+)'; setters.push(() => {}); break;
      case 'Z': case 'X': case 'x': re += '(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})'; setters.push(() => {}); break;
      default: re += escapeRe(t.letter.repeat(n));
    }
  }
  const regex = new RegExp(re + '\\s*$');
  p = (text) => {
    const m = regex.exec(text);
    if (m === null) return null;
    const f: Fields = { y: 1970, M: 1, d: 1, H: 0, m: 0, s: 0, S: 0, pm: 0, h12: false, D: 0 };
    setters.forEach((set, i) => set(f, m[i + 1]!));
    if (f.h12) f.H += f.pm * 12;
    if (f.M < 1 || f.M > 12 || f.d < 1 || f.d > daysInMonth(f.y, f.M) || f.H > 23 || f.m > 59 || f.s > 59) return null;
    const days = f.D > 0 ? daysFromCivil(f.y, 1, 1) + f.D - 1 : daysFromCivil(f.y, f.M, f.d);
    return days * MS_PER_DAY + f.H * 3_600_000 + f.m * 60_000 + f.s * 1000 + f.S;
  };
  if (parseCache.size < 1000) parseCache.set(pattern, p);
  return p;
}

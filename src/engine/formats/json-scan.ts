// A small JSON scanner over a string, for the json format's schema-driven decoder: it reads one
// token at a time (strings, number text, literals, structure) without building a document tree,
// so numbers keep their exact source text (BIGINT and DECIMAL are read without a double).
// Malformed JSON throws JsonSyntaxError (the whole message is bad); a value of the wrong kind for
// its column throws JsonValueError (only that field is bad: `ignore-parse-errors` nulls it).

export class JsonSyntaxError extends Error {}

export class JsonValueError extends Error {
  /** The field path from the row down to the bad value, filled in while unwinding. */
  path: string[] = [];
}

export type TokenKind = 'string' | 'number' | 'boolean' | 'null' | 'compound';

export class JsonScanner {
  s = '';
  i = 0;

  reset(text: string): void {
    this.s = text;
    this.i = 0;
  }

  fail(what: string): never {
    const at = this.i >= this.s.length ? 'end of input' : `'${this.s.slice(this.i, this.i + 10)}'`;
    throw new JsonSyntaxError(`${what} at character ${this.i + 1} (found ${at})`);
  }

  /** Skips whitespace and returns the next character code (NaN at the end). */
  peek(): number {
    const s = this.s;
    let i = this.i;
    let c = s.charCodeAt(i);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = s.charCodeAt(++i);
    this.i = i;
    return c;
  }

  expect(code: number, what: string): void {
    if (this.peek() !== code) this.fail(`expected ${what}`);
    this.i++;
  }

  /** After a value inside an object or array: true when `,` follows, false at `close`. */
  more(close: number): boolean {
    const c = this.peek();
    if (c === 44) {
      this.i++;
      return true;
    }
    if (c === close) {
      this.i++;
      return false;
    }
    return this.fail(`expected ',' or '${String.fromCharCode(close)}'`);
  }

  /** Reads a string token (the opening quote is next). */
  string(): string {
    const s = this.s;
    const start = ++this.i;
    let i = start;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 34) {
        this.i = i + 1;
        return s.slice(start, i);
      }
      if (c === 92) break;
      if (c < 32 || Number.isNaN(c)) {
        this.i = i;
        this.fail('unterminated string');
      }
      i++;
    }
    let out = s.slice(start, i);
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 34) {
        this.i = i + 1;
        return out;
      }
      if (c < 32 || Number.isNaN(c)) {
        this.i = i;
        this.fail('unterminated string');
      }
      if (c !== 92) {
        out += s[i];
        i++;
        continue;
      }
      const e = s[i + 1];
      switch (e) {
        case '"': case '\\': case '/': out += e; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          const hex = s.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
            this.i = i;
            this.fail('bad \\u escape');
          }
          out += String.fromCharCode(parseInt(hex, 16));
          i += 4;
          break;
        }
        default:
          this.i = i;
          this.fail('bad escape');
      }
      i += 2;
    }
  }

  /** Reads a string token whose opening quote is next, returning the key of an object member. */
  key(): string {
    if (this.peek() !== 34) this.fail('expected a field name');
    const k = this.string();
    this.expect(58, "':'");
    return k;
  }

  /** Reads a number token's text (its first character is next). */
  number(): string {
    const s = this.s;
    const start = this.i;
    let i = start;
    if (s.charCodeAt(i) === 45) i++;
    const intStart = i;
    let value = 0;
    for (let c = s.charCodeAt(i); isDigit(c); c = s.charCodeAt(++i)) value = value * 10 + c - 48;
    this.small = i - intStart <= 15 ? (start === intStart ? value : -value) : NaN;
    if (i === intStart || (s.charCodeAt(intStart) === 48 && i - intStart > 1)) {
      this.i = start;
      this.fail('bad number');
    }
    if (s.charCodeAt(i) === 46) {
      this.small = NaN;
      const f = ++i;
      while (isDigit(s.charCodeAt(i))) i++;
      if (i === f) {
        this.i = start;
        this.fail('bad number');
      }
    }
    const e = s.charCodeAt(i);
    if (e === 101 || e === 69) {
      this.small = NaN;
      i++;
      const sign = s.charCodeAt(i);
      if (sign === 43 || sign === 45) i++;
      const f = i;
      while (isDigit(s.charCodeAt(i))) i++;
      if (i === f) {
        this.i = start;
        this.fail('bad number');
      }
    }
    this.i = i;
    return s.slice(start, i);
  }

  /** Reads `true`, `false` or `null` (the first letter is next) and returns its text. */
  literal(): string {
    for (const word of LITERALS) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return word;
      }
    }
    return this.fail('unexpected token');
  }

  /** The value of the last number read when it is an integer of at most 15 digits, else NaN. */
  small = NaN;

  /** What the last `token()` read. */
  kind: TokenKind = 'null';

  /**
   * Reads one value as text and sets `kind`: a string's content, a number's source text,
   * 'true'/'false', or an object or array in compact form.
   */
  token(): string {
    const c = this.peek();
    if (c === 34) {
      this.kind = 'string';
      return this.string();
    }
    if (c === 45 || isDigit(c)) {
      this.kind = 'number';
      return this.number();
    }
    if (c === 123 || c === 91) {
      this.kind = 'compound';
      return this.compactValue();
    }
    const word = this.literal();
    this.kind = word === 'null' ? 'null' : 'boolean';
    return word;
  }

  /** Skips one value and returns its text with whitespace outside strings removed. */
  compactValue(): string {
    const start = this.i;
    this.skipValue();
    const raw = this.s.slice(start, this.i);
    return /^[^"\s]*$/.test(raw) ? raw : raw.replace(/("(?:[^"\\]|\\.)*")|\s+/g, (_, str: string | undefined) => str ?? '');
  }

  skipValue(): void {
    const c = this.peek();
    if (c === 34) this.string();
    else if (c === 123) {
      this.i++;
      if (this.peek() === 125) this.i++;
      else do { this.key(); this.skipValue(); } while (this.more(125));
    } else if (c === 91) {
      this.i++;
      if (this.peek() === 93) this.i++;
      else do this.skipValue(); while (this.more(93));
    } else if (c === 45 || isDigit(c)) this.number();
    else this.literal();
  }
}

const LITERALS = ['true', 'false', 'null'] as const;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

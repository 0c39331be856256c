// Splitting one CSV record into field texts and joining field texts back, with Flink's csv
// options: field delimiter, quote character (or none), escape character. Quoted fields may hold
// delimiters, line breaks and doubled quotes. Writing quotes a text the way Jackson's CSV writer
// does by default: when it holds a character at or below the delimiter and quote in code order
// (so spaces and punctuation such as ',' and '"' are quoted, letters and digits are not), or the
// escape character.

export interface CsvDialect {
  readonly delimiter: string;
  /** undefined when 'disable-quote-character' is set. */
  readonly quote: string | undefined;
  readonly escape: string | undefined;
}

export class CsvSyntaxError extends Error {}

/** The field texts of `line` (no trailing line break). */
export function splitRecord(line: string, d: CsvDialect): string[] {
  const fields: string[] = [];
  let i = 0;
  const n = line.length;
  for (;;) {
    let text = '';
    if (d.quote !== undefined && line[i] === d.quote) {
      i++;
      for (;;) {
        if (i >= n) throw new CsvSyntaxError(`missing closing quote ${d.quote} in field ${fields.length + 1}`);
        const c = line[i]!;
        if (c === d.escape && i + 1 < n) {
          text += line[i + 1];
          i += 2;
        } else if (c === d.quote) {
          if (line[i + 1] === d.quote) {
            text += c;
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          text += c;
          i++;
        }
      }
      if (i < n && line[i] !== d.delimiter) throw new CsvSyntaxError(`unexpected character '${line[i]}' after the closing quote of field ${fields.length + 1}`);
    } else {
      const start = i;
      let plain = true;
      while (i < n && line[i] !== d.delimiter) {
        if (line[i] === d.escape) {
          if (plain) text = line.slice(start, i);
          plain = false;
          if (i + 1 < n) text += line[i + 1];
          i += 2;
          continue;
        }
        if (!plain) text += line[i];
        i++;
      }
      if (plain) text = line.slice(start, i);
    }
    fields.push(text);
    if (i >= n) return fields;
    i++;
  }
}

/** The text of one field as written, quoted or escaped when needed. */
export function fieldText(text: string, d: CsvDialect): string {
  if (d.quote === undefined) {
    if (d.escape === undefined) return text;
    let out = '';
    for (const c of text) out += c === d.delimiter || c === d.escape ? d.escape + c : c;
    return out;
  }
  const minSafe = Math.max(d.delimiter.charCodeAt(0), d.quote.charCodeAt(0)) + 1;
  let needs = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < minSafe || text[i] === d.escape) {
      needs = true;
      break;
    }
  }
  if (!needs) return text;
  let out = d.quote;
  for (const c of text) {
    if (c === d.quote) out += (d.escape ?? d.quote) + c;
    else if (c === d.escape) out += d.escape + c;
    else out += c;
  }
  return out + d.quote;
}

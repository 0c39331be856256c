// How query results are shown: one change per line (`+I[1, Alice]`) for `weir run`, and the SQL
// client's tableau form (a box with an `op` column) for `weir sql` — both with the SQL client's value
// text (CAST to STRING), not the print connector's Java toString text (connectors/print-text.ts).
import { valueToString } from '../../sql/functions/index.ts';
import type { Field } from '../../sql/plan/physical.ts';
import type { Change } from '../../sql/types/values.ts';
import type { LogicalType } from '../../sql/types/types.ts';

/** A column's width in the box, by type, as Flink's tableau printer sizes it. */
function typeWidth(t: LogicalType): number {
  switch (t.kind) {
    case 'BOOLEAN': return 6;
    case 'TINYINT': return 4;
    case 'SMALLINT': return 6;
    case 'INT': return 11;
    case 'BIGINT': return 20;
    case 'DECIMAL': return t.precision + 2;
    case 'DATE': return 10;
    case 'TIME': return 8 + (t.precision > 0 ? t.precision + 1 : 0);
    case 'TIMESTAMP': case 'TIMESTAMP_LTZ': return 19 + (t.precision > 0 ? t.precision + 1 : 0);
    case 'CHAR': case 'VARCHAR': return Math.min(Math.max(t.length, 6), 30);
    default: return 30;
  }
}

export function printForm(fields: readonly Field[], c: Change): string {
  return `${c.kind}[${c.row.map((v, i) => (v === null ? 'null' : valueToString(v, fields[i]!.type))).join(', ')}]`;
}

/** Streams a changelog as a tableau box: the header first, then a line per change. */
export class Tableau {
  readonly #fields: readonly Field[];
  readonly #widths: number[];
  #rows = 0;

  constructor(fields: readonly Field[]) {
    this.#fields = fields;
    this.#widths = fields.map((f) => Math.max(f.name.length, typeWidth(f.type)));
  }

  #line(): string {
    return '+----+' + this.#widths.map((w) => '-'.repeat(w + 2)).join('+') + '+';
  }

  header(): string {
    return [this.#line(), '| op |' + this.#fields.map((f, i) => ` ${f.name.padStart(this.#widths[i]!)} `).join('|') + '|', this.#line()].join('\n');
  }

  row(c: Change): string {
    this.#rows++;
    const cells = c.row.map((v, i) => {
      const text = v === null ? '<NULL>' : valueToString(v, this.#fields[i]!.type);
      const w = this.#widths[i]!;
      return ` ${(text.length > w ? text.slice(0, w - 3) + '...' : text).padStart(w)} `;
    });
    return `| ${c.kind} |` + cells.join('|') + '|';
  }

  footer(): string {
    return `${this.#line()}\nReceived a total of ${this.#rows} row${this.#rows === 1 ? '' : 's'}`;
  }
}

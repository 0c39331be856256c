// How query results are shown: Flink's print form (`+I[1, Alice]`) for `weir run`, and the SQL
// client's tableau form (a box with an `op` column) for `weir sql`.
import { valueToString } from '../../sql/functions/index.ts';
import type { Field } from '../../sql/plan/physical.ts';
import type { Change } from '../../sql/types/values.ts';

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
    this.#widths = fields.map((f) => Math.max(f.name.length, 12));
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

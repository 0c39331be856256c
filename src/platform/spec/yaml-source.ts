// Positions inside a parsed YAML document: the SpecSource of every object loaded from it, so that
// errors and policy violations point at the file, line and column of a field (1-based).
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { SourcePos, SpecSource } from './model.ts';

type Path = readonly (string | number)[];

interface Reached {
  /** The value at the deepest part of the path that exists (null when that value is empty). */
  readonly value: Node | null;
  /** The key of the last map entry on the way there (if the path went through one). */
  readonly key: Node | null;
  /** How many path segments were found. */
  readonly depth: number;
}

export class YamlSource implements SpecSource {
  readonly file: string;
  readonly #doc: Document;
  readonly #lines: LineCounter;
  readonly #text: string;

  constructor(file: string, text: string, doc: Document, lines: LineCounter) {
    this.file = file;
    this.#text = text;
    this.#doc = doc;
    this.#lines = lines;
  }

  /** Where the value at `path` starts, or its nearest existing parent. */
  at(path: Path): SourcePos {
    const r = this.#reach(path);
    return this.#pos(r.value ?? r.key);
  }

  /** Where the key of the entry at `path` is (an unknown field, a rule's name); for a list item,
   * or a path that does not exist, the same as `at`. */
  keyAt(path: Path): SourcePos {
    const r = this.#reach(path);
    return this.#pos(r.depth === path.length && typeof path.at(-1) === 'string' ? r.key : r.value ?? r.key);
  }

  /** Whether the value at `path` exists in the document. */
  has(path: Path): boolean {
    return this.#reach(path).depth === path.length;
  }

  /** Where the first character of the string at `path` is: for a block scalar (`|`, `>`) the first
   * content line at its indentation, for a quoted one the character after the quote. */
  textAt(path: Path): SourcePos {
    const r = this.#reach(path);
    const node = r.value;
    if (r.depth < path.length || !isScalar(node) || node.range === undefined || node.range === null) return this.at(path);
    const start = node.range[0];
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
      const header = this.#lines.linePos(start).line;
      const body = this.#text.indexOf('\n', start) + 1;
      const firstText = /^[ ]*(?=[^ \n\r])/m.exec(this.#text.slice(body, node.range[1]));
      return { file: this.file, line: header + 1, col: (firstText?.[0].length ?? 0) + 1 };
    }
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    return this.#posAt(start + (quoted ? 1 : 0));
  }

  #reach(path: Path): Reached {
    let value: Node | null = (this.#doc.contents as Node | null) ?? null;
    let key: Node | null = null;
    let depth = 0;
    for (const seg of path) {
      if (isAlias(value)) value = (value.resolve(this.#doc) as Node | undefined) ?? null;
      if (isMap(value) && typeof seg === 'string') {
        const pair = value.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === seg);
        if (pair === undefined) break;
        key = pair.key as Node;
        value = (pair.value as Node | null) ?? null;
      } else if (isSeq(value) && typeof seg === 'number' && seg < value.items.length) {
        value = (value.items[seg] as Node | null) ?? null;
      } else {
        break;
      }
      depth++;
    }
    return { value, key, depth };
  }

  #pos(node: Node | null): SourcePos {
    const offset = node?.range?.[0] ?? this.#doc.range?.[0] ?? 0;
    return this.#posAt(offset);
  }

  #posAt(offset: number): SourcePos {
    const { line, col } = this.#lines.linePos(offset);
    return { file: this.file, line, col };
  }
}

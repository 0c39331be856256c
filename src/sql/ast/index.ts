// Weir's own typed AST for Flink SQL scripts: what src/sql/parse builds from dt-sql-parser's parse
// tree, and what the catalog, validator and planner read. Nodes are readonly and tagged by `kind`
// (STYLE example 7); every node carries the 1-based line and column where it starts in the script.
// Exact numbers stay strings (`'123.4500'`), so no literal is ever rounded through a double.

export interface Pos {
  readonly line: number;
  readonly column: number;
}

/** A possibly qualified name: `cat.db.tbl` is ['cat', 'db', 'tbl'] (backquotes removed). */
export type Name = readonly string[];

// ---- data types -------------------------------------------------------------------------------

export interface DataType extends Pos {
  readonly kind: 'dataType';
  /** Upper-case type name: BOOLEAN, INT, BIGINT, DECIMAL, VARCHAR, TIMESTAMP, TIMESTAMP_LTZ, ARRAY… */
  readonly name: string;
  /** Numeric parameters as written: DECIMAL(10, 2) → ['10', '2']; TIMESTAMP(3) → ['3']. */
  readonly args: readonly string[];
  /** ARRAY<T> / MULTISET<T> → [T]; MAP<K, V> → [K, V]; otherwise []. */
  readonly elements: readonly DataType[];
  /** ROW<a INT, b STRING> → its fields; otherwise []. */
  readonly fields: readonly { readonly name: string; readonly type: DataType }[];
  /** False when written `NOT NULL`. */
  readonly nullable: boolean;
  /** The type as written (for messages and for INTERVAL qualifiers). */
  readonly text: string;
}

// ---- expressions ------------------------------------------------------------------------------

export type Expr =
  | Literal
  | ColumnRef
  | Star
  | Unary
  | Binary
  | IsNull
  | Between
  | InList
  | Like
  | Case
  | Cast
  | Call;

export type Literal =
  | (Pos & { readonly kind: 'number'; readonly text: string; readonly exact: boolean })
  | (Pos & { readonly kind: 'string'; readonly value: string })
  | (Pos & { readonly kind: 'boolean'; readonly value: boolean })
  | (Pos & { readonly kind: 'null' })
  /** INTERVAL '5' SECOND → value '5', from 'SECOND'; INTERVAL '1 10:00:00' DAY TO SECOND → to 'SECOND'. */
  | (Pos & { readonly kind: 'interval'; readonly value: string; readonly from: string; readonly to?: string })
  /** TIMESTAMP '…', DATE '…', TIME '…', TIMESTAMP_LTZ '…'. */
  | (Pos & { readonly kind: 'typedLiteral'; readonly type: string; readonly value: string })
  /** A keyword argument of special call syntax, upper case: the unit of `EXTRACT(DAY FROM x)`
   * ('EXTRACT'(symbol DAY, x)), `FLOOR(x TO HOUR)` / `CEIL(x TO HOUR)` ('FLOOR'(x, symbol HOUR)),
   * `TIMESTAMPADD(HOUR, n, ts)` / `TIMESTAMPDIFF(DAY, a, b)` (symbol first), and TRIM's
   * `TRIM([BOTH|LEADING|TRAILING] [chars] FROM s)` ('TRIM'(symbol BOTH, chars, s); chars ' ' when
   * not written). */
  | (Pos & { readonly kind: 'symbol'; readonly value: string });

export interface ColumnRef extends Pos {
  readonly kind: 'column';
  /** ['a'] or ['t', 'a']. */
  readonly name: Name;
}

/** `*` in a select list or `COUNT(*)`; `t.*` has qualifier ['t']. */
export interface Star extends Pos {
  readonly kind: 'star';
  readonly qualifier?: Name;
}

export type UnaryOp = '-' | '+' | 'NOT';
export interface Unary extends Pos {
  readonly kind: 'unary';
  readonly op: UnaryOp;
  readonly operand: Expr;
}

export type BinaryOp = '+' | '-' | '*' | '/' | '%' | '||' | '=' | '<>' | '<' | '<=' | '>' | '>=' | 'AND' | 'OR';
export interface Binary extends Pos {
  readonly kind: 'binary';
  readonly op: BinaryOp;
  readonly left: Expr;
  readonly right: Expr;
}

export interface IsNull extends Pos {
  readonly kind: 'isNull';
  readonly negated: boolean;
  readonly operand: Expr;
}

export interface Between extends Pos {
  readonly kind: 'between';
  readonly negated: boolean;
  readonly operand: Expr;
  readonly low: Expr;
  readonly high: Expr;
}

export interface InList extends Pos {
  readonly kind: 'inList';
  readonly negated: boolean;
  readonly operand: Expr;
  readonly list: readonly Expr[];
}

export interface Like extends Pos {
  readonly kind: 'like';
  readonly negated: boolean;
  readonly operand: Expr;
  readonly pattern: Expr;
  readonly escape?: Expr;
}

/** Searched CASE (`CASE WHEN c THEN v … END`); a simple CASE has `operand`. */
export interface Case extends Pos {
  readonly kind: 'case';
  readonly operand?: Expr;
  readonly whens: readonly { readonly when: Expr; readonly then: Expr }[];
  readonly else?: Expr;
}

export interface Cast extends Pos {
  readonly kind: 'cast';
  readonly try: boolean;
  readonly operand: Expr;
  readonly type: DataType;
}

export interface Call extends Pos {
  readonly kind: 'call';
  /** Upper-case function name, e.g. 'COUNT', 'TO_TIMESTAMP'. */
  readonly name: string;
  readonly args: readonly Expr[];
  readonly distinct: boolean;
  /** An aggregate's `FILTER (WHERE …)`. */
  readonly filter?: Expr;
}

// ---- queries ----------------------------------------------------------------------------------

export type Query = Select | UnionAll;

export interface SelectItem extends Pos {
  readonly expr: Expr;
  readonly alias?: string;
}

export interface Select extends Pos {
  readonly kind: 'select';
  readonly distinct: boolean;
  readonly items: readonly SelectItem[];
  readonly from: Source;
  readonly where?: Expr;
  readonly groupBy: readonly Expr[];
  readonly having?: Expr;
}

export interface UnionAll extends Pos {
  readonly kind: 'unionAll';
  readonly inputs: readonly Query[];
}

export type Source = TableSource | SubquerySource | JoinSource | WindowTvfSource;

export interface TableSource extends Pos {
  readonly kind: 'table';
  readonly name: Name;
  readonly alias?: string;
}

export interface SubquerySource extends Pos {
  readonly kind: 'subquery';
  readonly query: Query;
  readonly alias?: string;
}

export type JoinType = 'inner' | 'left' | 'right' | 'full';
export interface JoinSource extends Pos {
  readonly kind: 'join';
  readonly type: JoinType;
  readonly left: Source;
  readonly right: Source;
  readonly on: Expr;
}

/** TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '1' MINUTE)); `args` are the parameters after
 * the descriptor (size; slide or step first for HOP / CUMULATE; gap for SESSION; then the optional
 * offset), named arguments (`SIZE => …`) put in that order. */
export interface WindowTvfSource extends Pos {
  readonly kind: 'windowTvf';
  readonly fn: 'TUMBLE' | 'HOP' | 'CUMULATE' | 'SESSION';
  readonly table: Name;
  readonly timeColumn: string;
  readonly args: readonly Expr[];
  /** `TABLE(TUMBLE(…)) AS w`. */
  readonly alias?: string;
  /** SESSION's `TABLE t PARTITION BY k` / `PARTITION BY (k1, k2)` keys. */
  readonly partitionBy?: readonly string[];
}

// ---- statements -------------------------------------------------------------------------------

export type Column =
  | (Pos & { readonly kind: 'physical'; readonly name: string; readonly type: DataType })
  | (Pos & { readonly kind: 'computed'; readonly name: string; readonly expr: Expr })
  | (Pos & {
      readonly kind: 'metadata';
      readonly name: string;
      readonly type: DataType;
      /** The metadata key when written `FROM 'key'`; otherwise the column name is the key. */
      readonly key?: string;
      readonly virtual: boolean;
    });

export interface Option extends Pos {
  readonly key: string;
  readonly value: string;
}

export interface CreateTable extends Pos {
  readonly kind: 'createTable';
  readonly name: Name;
  readonly temporary: boolean;
  readonly ifNotExists: boolean;
  readonly columns: readonly Column[];
  readonly watermark?: Pos & { readonly timeColumn: string; readonly expr: Expr };
  readonly primaryKey?: Pos & { readonly columns: readonly string[] };
  readonly options: readonly Option[];
}

export interface CreateView extends Pos {
  readonly kind: 'createView';
  readonly name: Name;
  readonly temporary: boolean;
  readonly ifNotExists: boolean;
  readonly query: Query;
}

export interface Insert extends Pos {
  readonly kind: 'insert';
  readonly table: Name;
  readonly columns?: readonly string[];
  readonly query: Query;
}

export interface StatementSet extends Pos {
  readonly kind: 'statementSet';
  readonly inserts: readonly Insert[];
}

export interface QueryStatement extends Pos {
  readonly kind: 'query';
  readonly query: Query;
}

export type Statement =
  | CreateTable
  | CreateView
  | Insert
  | StatementSet
  | QueryStatement
  | (Pos & { readonly kind: 'set'; readonly key: string; readonly value: string })
  | (Pos & { readonly kind: 'reset'; readonly key?: string })
  | (Pos & { readonly kind: 'showTables' })
  | (Pos & { readonly kind: 'showJobs' })
  | (Pos & { readonly kind: 'describe'; readonly name: Name })
  | (Pos & { readonly kind: 'explain'; readonly statement: Statement });

export type StatementKind = Statement['kind'];
export type ExprKind = Expr['kind'];

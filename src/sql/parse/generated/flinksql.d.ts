// Hand-written: types for the generated bundle flinksql.js (made by scripts/bundle-sql-parser.ts).
// They are dt-sql-parser's and antlr4ng's own declarations (both devDependencies, so `tsc` finds
// them); at run time only the bundle is loaded.
export * from 'dt-sql-parser/dist/lib/flink/FlinkSqlParser.js';
export { FlinkSqlLexer } from 'dt-sql-parser/dist/lib/flink/FlinkSqlLexer.js';
export { BaseErrorListener, CharStreams, CommonTokenStream, ParserRuleContext, PredictionMode, TerminalNode } from 'antlr4ng';

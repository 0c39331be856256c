// The SQL layer's public entry: what the platform (src/platform) uses. Parse a script, keep its
// DDL in a catalog, plan statements into JobPlans for the engine, and describe tables.
export { parseScript, type Statement } from './parse/index.ts';
export { Catalog, type CatalogEntry } from './catalog/index.ts';
export { planStatement, type Field, type JobPlan, type Planned } from './plan/index.ts';
export { tableSchema } from './plan/schema.ts';
export { toSql, withNullable } from './types/types.ts';
export type { Change } from './types/values.ts';
export { analyzeScript, type AnalyzedStatement, type AnalyzedTable, type ScriptAnalysis, type ScriptOffset } from './analyze.ts';
export { didYouMean } from './catalog/options.ts';

// Flink built-in scalar functions Weir does not have yet: a call to one is valid Flink SQL, so it is
// reported as 'unsupported' (naming the function) rather than as an unknown function.
import type { SourcePos } from '../plan/rex.ts';
import { SqlError } from '../parse/errors.ts';

const FLINK_ONLY = new Set([
  'BIN', 'HEX', 'UNHEX', 'PERCENTILE', 'PRINTF', 'BTRIM', 'OVERLAY', 'STARTSWITH', 'ENDSWITH', 'REGEXP_COUNT',
  'REGEXP_EXTRACT_ALL', 'REGEXP_INSTR', 'REGEXP_SUBSTR', 'TRANSLATE', 'ASCII', 'CHR', 'DECODE', 'ENCODE', 'INSTR',
  'URL_DECODE', 'URL_ENCODE', 'PARSE_URL', 'JSON_QUOTE', 'JSON_UNQUOTE', 'ELT', 'CONVERT_TZ',
  'CURRENT_WATERMARK', 'IS_ALPHA', 'IS_DECIMAL', 'IS_DIGIT', 'TYPEOF', 'ELEMENT', 'ARRAY_APPEND',
  'ARRAY_CONTAINS', 'ARRAY_DISTINCT', 'ARRAY_POSITION', 'ARRAY_PREPEND', 'ARRAY_REMOVE', 'ARRAY_REVERSE', 'ARRAY_SLICE',
  'ARRAY_SORT', 'ARRAY_UNION', 'ARRAY_CONCAT', 'ARRAY_EXCEPT', 'ARRAY_INTERSECT', 'ARRAY_MAX', 'ARRAY_JOIN', 'ARRAY_MIN',
  'MAP_KEYS', 'MAP_UNION', 'MAP_VALUES', 'MAP_ENTRIES', 'MAP_FROM_ARRAYS', 'SPLIT', 'JSON_STRING', 'JSON_OBJECT',
  'JSON_ARRAY', 'JSON', 'ARRAY', 'MAP', 'ROW', 'SIMILAR TO',
  'NOT SIMILAR TO', 'OVERLAPS', 'GROUP_ID', 'GROUPING', 'GROUPING_ID', 'CURRENT_DATABASE', 'CURRENT_CATALOG',
  'AT', 'BITAND', 'BITOR', 'BITXOR', 'BITNOT',
]);

export function unsupportedFunction(name: string, at: SourcePos): SqlError | undefined {
  if (!FLINK_ONLY.has(name)) return undefined;
  return new SqlError('unsupported', at.file, at.line, at.column, name, `the function ${name} is not supported yet`);
}

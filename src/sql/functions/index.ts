// Weir's scalar function library, in Flink's semantics: typing of calls (implicit casts, result
// types and nullability, Flink-like validation errors), explicit casts, compilation of row
// expressions to closures, Flink's text form of values, typed and interval literals.
//
// Special syntax arrives as calls (the planner builds them from the AST):
//   EXTRACT(unit FROM x)        'EXTRACT'(unit string literal, x)            → BIGINT
//   FLOOR/CEIL(x TO unit)       'FLOOR'/'CEIL'(x, unit string literal)      → type of x
//   TIMESTAMPADD(unit, n, t)    'TIMESTAMPADD'(unit literal, n, t); TIMESTAMPDIFF likewise
//   TRIM([BOTH|LEADING|TRAILING] [chars] FROM s)
//                               'TRIM'(s) or 'TRIM'(mode literal, chars, s)
//   POSITION(a IN b)            'POSITION'(a, b)
//   JSON_VALUE(j, p RETURNING T) 'JSON_VALUE'(j, p, NULL literal of type T)
//   j IS [NOT] JSON [kind]      'IS JSON' / 'IS NOT JSON'(j[, kind literal VALUE|SCALAR|ARRAY|OBJECT])
// Registration of the families happens on import, below.
import './cast.ts';
import './arithmetic.ts';
import './predicates.ts';
import './conditional.ts';
import './like.ts';
import './strings.ts';
import './regex.ts';
import './math.ts';
import './temporal.ts';
import './json.ts';
import './hash.ts';
import './access.ts';

export { typeCall, compileRex, isDeterministic, isScalarFunction } from './compile.ts';
export { castRex, castAllowed } from './cast.ts';
export { valueToString, type TextOptions } from './format.ts';
export { parseLiteral, typedLiteral, intervalValue, type LiteralOptions } from './literals.ts';
export type { EvalContext, Evaluator, AggregateFunction } from './types.ts';

// Bundles the FlinkSQL grammar of dt-sql-parser (lexer, parser, parse-tree context classes) and the
// part of its ANTLR runtime (antlr4ng) they use into ONE ESM module committed at
// src/sql/parse/generated/flinksql.js. dt-sql-parser's own ESM output uses extensionless relative
// imports, which plain Node does not load; the bundle does, and the runtime needs no dt-sql-parser.
//
//   node scripts/bundle-sql-parser.ts [--check]
//
// The output is deterministic (minified, no source map, no timestamps), so re-running it gives no
// diff. With `--check` it writes nothing and exits 1 if the committed file differs from what it
// would write. Types for the bundle come from dt-sql-parser's own declarations (see flinksql.d.ts).
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'src', 'sql', 'parse', 'generated', 'flinksql.js');

const entry = `
export * from 'dt-sql-parser/dist/lib/flink/FlinkSqlParser.js';
export { FlinkSqlLexer } from 'dt-sql-parser/dist/lib/flink/FlinkSqlLexer.js';
export { BaseErrorListener, CharStreams, CommonTokenStream, ParserRuleContext, PredictionMode, TerminalNode } from 'antlr4ng';
`;

function versionOf(pkg: string): { version: string; license: string } {
  const json = JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string; license: string };
  return { version: json.version, license: json.license };
}

/** A package's licence text as comment lines (both licences ask for their notice to travel with copies). */
function licence(pkg: string, file: string): string[] {
  const text = readFileSync(join(root, 'node_modules', pkg, file), 'utf8').trim();
  return [`// ${pkg} licence:`, ...text.split(/\r?\n/).map((line) => (line.trim() === '' ? '//' : `//   ${line.trimEnd()}`))];
}

async function bundle(): Promise<string> {
  const dt = versionOf('dt-sql-parser');
  const antlr = versionOf('antlr4ng');
  const result = await build({
    stdin: { contents: entry, resolveDir: root, sourcefile: 'flinksql-entry.js', loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    mainFields: ['module', 'main'],
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error('bundle-sql-parser: esbuild produced no output');
  const header = [
    `// Generated from dt-sql-parser ${dt.version} (FlinkSQL grammar; ${dt.license} licence, (c) DTStack) and`,
    `// antlr4ng ${antlr.version} (${antlr.license} licence, (c) The ANTLR Project) by scripts/bundle-sql-parser.ts — do not edit.`,
    '//',
    ...licence('dt-sql-parser', 'LICENSE'),
    '//',
    ...licence('antlr4ng', 'LICENSE.txt'),
    '',
  ].join('\n');
  return header + code;
}

async function main(): Promise<void> {
  if (!existsSync(join(root, 'node_modules', 'dt-sql-parser'))) {
    console.error('bundle-sql-parser: dt-sql-parser is not installed (npm install)');
    process.exit(2);
  }
  const text = await bundle();
  if (process.argv.includes('--check')) {
    if (!existsSync(outFile) || readFileSync(outFile, 'utf8') !== text) {
      console.error(`bundle-sql-parser --check: ${outFile} is out of date; run node scripts/bundle-sql-parser.ts`);
      process.exit(1);
    }
    console.log(`bundle-sql-parser --check: flinksql.js up to date (${text.length} bytes)`);
    return;
  }
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, text);
  console.log(`bundle-sql-parser: wrote ${outFile} (${text.length} bytes)`);
}

await main();

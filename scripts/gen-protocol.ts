// Generates src/protocol/generated/ from Kafka's own message definitions
// (../shared/kafka-protocol/messages/*.json and errors.json).
//
//   node scripts/gen-protocol.ts [--check]
//
// For every message: TypeScript interfaces for its structs, a decoder and an encoder covering every
// valid version (flexible and not, tagged fields, nullable fields, defaults, `ignorable`), and its
// normalised schema as data. Then `apis.ts` (the API table) and `error-codes.ts`. With `--check` it
// writes nothing and exits 1 if the committed files differ from what it would write.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadMessage, type Message } from './protocol/model.ts';
import { generateMessage, fileNameOf } from './protocol/emit-message.ts';
import { generateApis, generateErrors, generateIndex } from './protocol/emit-index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const specDir = process.env.WEIR_KAFKA_PROTOCOL ?? join(root, '..', 'shared', 'kafka-protocol');
const outDir = join(root, 'src', 'protocol', 'generated');

function main(): void {
  const check = process.argv.includes('--check');
  const messagesDir = join(specDir, 'messages');
  if (!existsSync(messagesDir)) {
    console.error(`gen-protocol: no message definitions at ${messagesDir} (set WEIR_KAFKA_PROTOCOL to the kafka-protocol folder)`);
    process.exit(2);
  }
  const messages: Message[] = readdirSync(messagesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => loadMessage(join(messagesDir, f), f));

  const files = new Map<string, string>();
  for (const m of messages) files.set(fileNameOf(m), generateMessage(m));
  files.set('apis.ts', generateApis(messages));
  files.set('index.ts', generateIndex(messages));
  files.set('error-codes.ts', generateErrors(JSON.parse(readFileSync(join(specDir, 'errors.json'), 'utf8'))));

  if (check) {
    const stale: string[] = [];
    for (const [name, text] of files) {
      const path = join(outDir, name);
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(name);
    }
    const extra = existsSync(outDir) ? readdirSync(outDir).filter((f) => !files.has(f)) : [];
    if (stale.length > 0 || extra.length > 0) {
      console.error(`gen-protocol --check: out of date: ${[...stale, ...extra.map((e) => `${e} (not generated)`)].join(', ')}`);
      process.exit(1);
    }
    console.log(`gen-protocol --check: ${files.size} files up to date`);
    return;
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(outDir, name), text);
  console.log(`gen-protocol: wrote ${files.size} files to ${outDir}`);
}

main();

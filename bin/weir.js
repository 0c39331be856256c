#!/usr/bin/env node
// The `weir` command. Weir runs its TypeScript sources directly with Node 24's type stripping; the
// repo pins Node 24 as a devDependency, so `npx weir` and `npm run` use it on any machine.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`weir: needs Node.js 24 or later, this is ${process.version}. Run 'npm install' in the repo and use 'npx weir'.`);
  process.exit(1);
}
await import('../src/cli/main.ts');

// Reads an estate directory for `weir plan` and `weir apply`: every spec (.yaml, .yml) and every
// file a spec may name with `file:` (.sql, .avsc, .json, .proto) under it, recursively, skipping
// hidden entries and node_modules. Paths are relative to the directory, with '/' separators, in
// sorted order (so the same estate always sends the same request).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SpecFile } from '../platform/spec/model.ts';
import { WeirError } from '../util/errors.ts';

const EXTENSIONS = /\.(ya?ml|sql|avsc|json|proto)$/i;
const SPEC = /\.ya?ml$/i;

export function readEstate(dir: string): SpecFile[] {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw new WeirError('CLI_USAGE', `${dir} is not a directory`, { where: dir, hint: 'Name the directory that holds the estate\'s spec files' });
  const files: SpecFile[] = [];
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (EXTENSIONS.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && statSync(path).isFile()))) {
        files.push({ path: relative(dir, path).split(sep).join('/'), text: readFileSync(path, 'utf8') });
      }
    }
  };
  walk(dir);
  if (!files.some((f) => SPEC.test(f.path))) {
    throw new WeirError('CLI_USAGE', `no spec files (.yaml, .yml) under ${dir}`, { where: dir, hint: 'Run weir plan in the estate directory, or name it: weir plan path/to/estate' });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

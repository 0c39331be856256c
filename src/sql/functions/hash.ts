// Hash functions: MD5, SHA1, SHA224, SHA256, SHA384, SHA512, SHA2(s, bits) — lower-case hex of the
// UTF-8 bytes (or of BYTES) — and HASH_CODE(s), Java's String.hashCode.
import { createHash } from 'node:crypto';
import * as T from '../types/types.ts';
import { defineSimple, int } from './simple.ts';

const digest = (algorithm: string) => (x: string | Uint8Array): string => createHash(algorithm).update(x).digest('hex');

for (const [name, algorithm, hexLength] of [
  ['MD5', 'md5', 32], ['SHA1', 'sha1', 40], ['SHA224', 'sha224', 56], ['SHA256', 'sha256', 64],
  ['SHA384', 'sha384', 96], ['SHA512', 'sha512', 128],
] as const) {
  defineSimple(name, { forms: [['STRING'], ['BINARY']], result: () => T.CHAR(hexLength), impl: () => digest(algorithm) });
}

const SHA2_BITS: Record<number, string> = { 224: 'sha224', 256: 'sha256', 384: 'sha384', 512: 'sha512' };

defineSimple('SHA2', {
  forms: [['STRING', 'INTEGER'], ['BINARY', 'INTEGER']],
  result: () => T.VARCHAR(128),
  nullable: 'always',
  impl: () => (x: string | Uint8Array, bits: unknown) => {
    const algorithm = SHA2_BITS[int(bits)];
    return algorithm === undefined ? null : digest(algorithm)(x);
  },
});

/** Java's String.hashCode over UTF-16 code units. */
export function javaHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

defineSimple('HASH_CODE', { forms: [['STRING']], result: () => T.INT(), impl: () => javaHashCode });

// Byte-level mutations for fuzzing decoders: bit flips, boundary values in length-sized windows,
// truncation, insertion, deletion and duplication of ranges.

const INTERESTING_BYTES = [0x00, 0x01, 0x7f, 0x80, 0xff, 0xfe];
const INTERESTING_INT32 = [0x7fffffff, -1, -2, 0, 1, 0x10000, 0x40000000, -0x80000000, 0x00ffffff];

export function mutate(input: Uint8Array, next: () => number): Buffer {
  const pick = (n: number): number => Math.floor(next() * n);
  let b = Buffer.from(input);
  const rounds = 1 + pick(3);
  for (let i = 0; i < rounds; i++) {
    const at = b.length === 0 ? 0 : pick(b.length);
    switch (pick(8)) {
      case 0:
        if (b.length > 0) b[at] = b[at]! ^ (1 << pick(8));
        break;
      case 1:
        if (b.length > 0) b[at] = INTERESTING_BYTES[pick(INTERESTING_BYTES.length)]!;
        break;
      case 2:
        if (b.length >= 4) b.writeInt32BE(INTERESTING_INT32[pick(INTERESTING_INT32.length)]!, Math.min(at, b.length - 4));
        break;
      case 3:
        if (b.length >= 2) b.writeInt16BE([-1, -2, 0x7fff, 0][pick(4)]!, Math.min(at, b.length - 2));
        break;
      case 4:
        b = b.subarray(0, at);
        break;
      case 5: {
        const extra = Buffer.from(Array.from({ length: 1 + pick(16) }, () => pick(256)));
        b = Buffer.concat([b.subarray(0, at), extra, b.subarray(at)]);
        break;
      }
      case 6:
        b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + pick(16)))]);
        break;
      default: {
        const len = Math.min(b.length - at, 1 + pick(32));
        b = Buffer.concat([b.subarray(0, at + len), b.subarray(at, at + len), b.subarray(at + len)]);
      }
    }
  }
  return b;
}

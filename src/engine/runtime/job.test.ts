import { test } from 'node:test';
import assert from 'node:assert/strict';
import { call, inputRef, literal } from '../../sql/plan/rex.ts';
import { BOOLEAN, INT, STRING } from '../../sql/types/types.ts';
import type { Calc } from '../../sql/plan/physical.ts';
import { fields, ins, memoryScan, runCollect } from './testing.ts';

const f = fields(['id', INT(false)], ['name', STRING()]);

test('scan → calc → collect: filter and projection, in order', async () => {
  const scan = memoryScan(1, 't', f);
  const calc: Calc = {
    kind: 'calc', id: 2, changelog: 'insert-only', input: scan,
    fields: fields(['name', STRING()], ['id2', INT(false)]),
    projection: [inputRef(1, STRING()), call('*', [inputRef(0, INT(false)), literal(2, INT(false))], INT(false))],
    condition: call('>', [inputRef(0, INT(false)), literal(1, INT(false))], BOOLEAN(false)),
  };
  const out = await runCollect(calc, { t: { records: [ins([1, 'a']), ins([2, 'b']), 'wait', ins([3, null]), ins([0, 'z']), ins([5, 'e'])] } });
  assert.deepEqual(out, ['+I[b, 4]', '+I[null, 6]', '+I[e, 10]']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { INT, STRING, TIMESTAMP } from '../../sql/types/types.ts';
import type { ChangelogNormalize, WindowTvf } from '../../sql/plan/physical.ts';
import { feed, fields, memoryScan, opContext, watermark } from '../runtime/testing.ts';
import { ChangelogNormalizeOperator } from './changelog-normalize.ts';
import { WindowTvfOperator } from './window-tvf.ts';

test('changelogNormalize: upserts become a retract changelog; no-op updates and unknown deletes vanish', () => {
  const input = memoryScan(1, 'u', fields(['id', INT(false)], ['v', STRING()]));
  const node: ChangelogNormalize = { kind: 'changelogNormalize', id: 2, input, keys: [0], fields: input.fields, changelog: 'retract' };
  const op = new ChangelogNormalizeOperator(node, opContext());
  assert.deepEqual(feed(op, [
    ['+I', [1, 'a']],
    ['+U', [1, 'b']],
    ['+U', [1, 'b']],
    ['-D', [2, null]],
    ['+I', [2, 'x']],
    ['-D', [1, null]],
    ['+I', [1, 'c']],
  ]), ['+I[1, a]', '-U[1, a]', '+U[1, b]', '+I[2, x]', '-D[1, b]', '+I[1, c]']);
});

test('windowTvf: appends window_start, window_end, window_time; HOP emits a row per window; rows behind the watermark are kept (as Flink)', () => {
  const TS = TIMESTAMP(3, true, 'ROWTIME');
  const input = memoryScan(1, 't', fields(['v', INT()], ['ts', TS]));
  const node: WindowTvf = {
    kind: 'windowTvf', id: 2, input, window: { kind: 'hop', time: 1, size: 10, slide: 5, offset: 0 }, changelog: 'insert-only',
    fields: [...input.fields, ...fields(['window_start', TIMESTAMP(3)], ['window_end', TIMESTAMP(3)], ['window_time', TS])],
  };
  const op = new WindowTvfOperator(node, opContext());
  assert.deepEqual(feed(op, [['+I', [1, 7]]]), ['+I[1, 7, 5, 15, 14]', '+I[1, 7, 0, 10, 9]']);
  watermark(op, 9);
  assert.deepEqual(feed(op, [['+I', [2, 7]], ['+I', [3, 2]]]), ['+I[2, 7, 5, 15, 14]', '+I[2, 7, 0, 10, 9]', '+I[3, 2, 0, 10, 9]', '+I[3, 2, -5, 5, 4]']);
});

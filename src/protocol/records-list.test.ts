// A records field given as a list of buffers (batches held apart) encodes to exactly the bytes of the
// same field given joined, in non-flexible and flexible versions, and large buffers are written as
// they are (referenced by the output chunks, not copied).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeResponse, decodeResponse, concat } from './frames.ts';
import { ApiKeys } from './generated/apis.ts';
import { defaultFetchResponsePartitionData, type FetchResponse } from './generated/index.ts';
import { encodeBatch } from './records/index.ts';

const batch = (value: string): Buffer => encodeBatch({ records: [{ key: null, value: Buffer.from(value), timestamp: 1_700_000_000_000n }] });

function fetchResponse(records: Uint8Array | readonly Uint8Array[]): FetchResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    sessionId: 0,
    responses: [{ topic: 't', topicId: '00000000-0000-0000-0000-000000000000', partitions: [{ ...defaultFetchResponsePartitionData(), highWatermark: 3n, records }] }],
    nodeEndpoints: [],
  };
}

for (const version of [4, 11, 12, 16]) {
  test(`Fetch v${version}: records as a list encode as the same records joined`, () => {
    const parts = [batch('a'.repeat(20_000)), batch('b'), batch('c'.repeat(9_000))];
    const joined = Buffer.concat(parts);
    const asList = encodeResponse(ApiKeys.Fetch, version, 7, fetchResponse(parts));
    const asOne = encodeResponse(ApiKeys.Fetch, version, 7, fetchResponse(joined));
    assert.deepEqual(concat(asList), concat(asOne));
    // The two large batches go out as they are; the small one is copied into the writer's own bytes.
    assert.ok(asList.includes(parts[0]!) && asList.includes(parts[2]!));
    assert.ok(!asList.includes(parts[1]!));
    const decoded = decodeResponse(ApiKeys.Fetch, version, concat(asList).subarray(4));
    assert.deepEqual(Buffer.from(decoded.body.responses[0]!.partitions[0]!.records as Uint8Array), joined);
  });
}

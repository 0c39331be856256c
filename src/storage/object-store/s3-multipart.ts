// Multipart upload of one in-memory object for the S3 driver (s3.ts): CreateMultipartUpload, the
// parts (partSize bytes each, the last one shorter; up to partConcurrency in flight; each request
// retried by the driver's `call`), CompleteMultipartUpload with the parts in order — and on any
// failure AbortMultipartUpload (best effort, logged), so no half-uploaded parts stay billed.
// Deliberately not done: resuming an upload after a restart, streaming from disk, checksums per part.
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  UploadPartCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { logger } from '../../util/log.ts';
import { describeS3Error } from './s3-retry.ts';

const log = logger('object-store');

export interface MultipartUpload {
  client: S3Client;
  bucket: string;
  /** The full object key in the bucket (store prefix included). */
  objectKey: string;
  body: Uint8Array;
  partSize: number;
  partConcurrency: number;
  /** Runs one request with the driver's retries; `op` is for error messages ("upload part 2/3 of"). */
  call: <T>(op: string, request: () => Promise<T>) => Promise<T>;
}

export async function putMultipart(u: MultipartUpload): Promise<void> {
  const { client, bucket: Bucket, objectKey: Key, body, partSize } = u;
  const started = await u.call('start multipart upload of', () => client.send(new CreateMultipartUploadCommand({ Bucket, Key })));
  const UploadId = started.UploadId;
  if (UploadId === undefined) throw new Error('CreateMultipartUpload answered without an UploadId');
  const count = Math.ceil(body.byteLength / partSize);
  const parts: { PartNumber: number; ETag: string }[] = [];
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < count) {
      const PartNumber = ++next;
      const Body = body.subarray((PartNumber - 1) * partSize, PartNumber * partSize);
      try {
        const out = await u.call(`upload part ${PartNumber}/${count} of`, () => client.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber, Body })));
        parts.push({ PartNumber, ETag: out.ETag ?? '' });
      } catch (err) {
        failed = true; // the other workers stop taking parts
        throw err;
      }
    }
  };
  try {
    const results = await Promise.allSettled(Array.from({ length: Math.min(u.partConcurrency, count) }, worker));
    const rejected = results.find((r) => r.status === 'rejected');
    if (rejected !== undefined) throw rejected.reason;
    parts.sort((a, b) => a.PartNumber - b.PartNumber);
    await u.call('complete multipart upload of', () =>
      client.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: parts } })),
    );
  } catch (err) {
    await client.send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId })).catch((abortErr: unknown) => {
      log.warn({ bucket: Bucket, key: Key, uploadId: UploadId, err: describeS3Error(abortErr) }, 'could not abort a failed multipart upload');
    });
    throw err;
  }
}

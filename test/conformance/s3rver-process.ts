// Runs the s3rver test server in a process of its own, started by startS3rver() in
// s3-test-server.ts as `node --openssl-legacy-provider s3rver-process.ts <folder>`: s3rver 3.7.1
// makes ListObjectsV2 continuation tokens with DES, which OpenSSL 3 only offers through its legacy
// provider (without it, any listing past 1000 keys fails with HTTP 500). Prints {"port": N} once
// listening on 127.0.0.1; exits on SIGTERM or when its parent closes stdin. Not a test file itself.
import S3rver from 's3rver';

const directory = process.argv[2];
if (directory === undefined) throw new Error('usage: s3rver-process.ts <folder>');
const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: 'weir-test', configs: [] }] });
const { port } = await server.run();
process.stdout.write(`${JSON.stringify({ port })}\n`);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.stdin.on('end', () => void stop()).resume();

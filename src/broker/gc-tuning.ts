// V8 tuning for a process that moves bytes. Every socket read and every produced or fetched range is
// a fresh Buffer whose memory lives outside the JS heap ("external" memory). By default V8 starts a
// full mark-compact of the whole heap each time external memory grows by a few tens of MB, however
// short-lived those buffers are: at a few hundred MB/s that was dozens of full collections per GB,
// about a third of the broker's CPU (measured with perf and --trace-gc under bench/broker).
// With external memory counted in V8's global limit instead, buffers that die young are freed by the
// cheap young-generation collections and full collections follow the heap's real growth.
// The flag only changes when V8 collects, never what it keeps. It is applied once, when the first
// Kafka listener is created; a V8 without the flag ignores it.
import { setFlagsFromString } from 'node:v8';

let applied = false;

export function tuneGcForByteTraffic(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString('--external-memory-accounted-in-global-limit');
}

// V8 tuning for a process that moves bytes. Every socket read and every produced or fetched range is
// a fresh Buffer whose memory lives outside the JS heap ("external" memory). By default V8 starts a
// full mark-compact of the whole heap each time external memory grows by a few tens of MB, however
// short-lived those buffers are: at a few hundred MB/s that was dozens of full collections per GB,
// about a third of the broker's CPU (measured with perf and --trace-gc under bench/broker).
// With external memory counted in V8's global limit instead, buffers that die young are freed by the
// cheap young-generation collections and full collections follow the heap's real growth.
// Produced batches do not die young: they stay in memory until uploaded (tens to hundreds of ms), so
// they reach the old generation and only a full collection frees them. The next full collection is
// due when the heap plus external memory has grown by a factor over what the last one kept; with
// V8's default factor (~1.1–2 for a small heap) a broker moving 1 GB ran ~18 full collections, each
// marking the whole ~40 MB heap. A growth factor of 4 (heap-growing-percent 300) cut that to ~5 per
// GB and the broker's CPU per GB consumed by about a third (bench/broker, --trace-gc); the price is
// that up to ~4× the live heap and buffers may be held before a collection.
// The flags only change when V8 collects, never what it keeps. They are applied once, when the first
// Kafka listener is created; a V8 without one ignores it.
import { setFlagsFromString } from 'node:v8';

let applied = false;

export function tuneGcForByteTraffic(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString('--external-memory-accounted-in-global-limit');
  setFlagsFromString('--heap-growing-percent=300');
}

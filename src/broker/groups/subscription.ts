// The topics a consumer group subscribes to, read from its members' protocol metadata (Kafka's
// GroupMetadata.computeSubscribedTopics). Only groups of protocol type "consumer" have a known
// format; for any other type, or metadata that does not decode, the answer is null (unknown) and
// OffsetDelete treats every topic as subscribed, as Kafka does.
import { Reader } from '../../protocol/reader.ts';
import { decodeConsumerProtocolSubscription } from '../../protocol/generated/consumer-protocol-subscription.ts';
import { CONSUMER_PROTOCOL_TYPE, metadataFor, type Group } from './group.ts';

const NEWEST_SUBSCRIPTION_VERSION = 3;

/**
 * The topics in a ConsumerProtocolSubscription (int16 version, then the body), or null when it does
 * not decode. Newer versions only add fields at the end, so a version above 3 reads as 3. Topics come
 * first in every version, so a body shorter than its version says (@platformatic/kafka sends version
 * 1 with the version 0 fields only) is read at the highest version it fits.
 */
export function subscriptionTopics(metadata: Uint8Array): string[] | null {
  const head = new Reader(metadata);
  const version = head.int16('ConsumerProtocolSubscription.Version');
  if (head.failed || version < 0) return null;
  for (let v = Math.min(version, NEWEST_SUBSCRIPTION_VERSION); v >= 0; v--) {
    const r = new Reader(metadata, 2);
    const sub = decodeConsumerProtocolSubscription(r, v);
    if (!r.failed) return sub.topics;
  }
  return null;
}

export function subscribedTopics(g: Group): ReadonlySet<string> | null {
  if (g.protocolType !== CONSUMER_PROTOCOL_TYPE) return null;
  if (g.members.size === 0) return new Set();
  if (g.protocolName === null) return null;
  const topics = new Set<string>();
  for (const m of g.members.values()) {
    const t = subscriptionTopics(metadataFor(m, g.protocolName));
    if (t === null) return null;
    for (const name of t) topics.add(name);
  }
  return topics;
}

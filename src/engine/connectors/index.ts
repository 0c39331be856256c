// The connector registry: a connector by the name used in `'connector' = '…'`.
import { WeirError } from '../../util/errors.ts';
import type { Connector } from './types.ts';
import { datagen } from './datagen.ts';
import { print } from './print.ts';
import { blackhole } from './blackhole.ts';
import { filesystem } from './filesystem.ts';
import { nexmark } from './nexmark/index.ts';
import { kafka, upsertKafka } from './kafka/index.ts';

export type { Connector, ConnectorContext, EngineServices, SinkWriter, SourceReader, SourceRecord } from './types.ts';

const CONNECTORS: ReadonlyMap<string, Connector> = new Map([datagen, print, blackhole, filesystem, nexmark, kafka, upsertKafka].map((c) => [c.name, c]));

export function connectorFor(name: string): Connector {
  const c = CONNECTORS.get(name);
  if (c === undefined) {
    throw new WeirError('CONFIG_INVALID', `Unknown connector '${name}'`, { where: `'connector' = '${name}'`, hint: `known connectors: ${[...CONNECTORS.keys()].sort().join(', ')}` });
  }
  return c;
}

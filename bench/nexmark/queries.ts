// The Nexmark queries as the nexmark project runs them on Flink (github.com/nexmark/nexmark,
// nexmark-flink/src/main/resources/queries/), written out here with the same tables, columns,
// windows, predicates and sinks; only the connection settings differ (the source table's options,
// file paths). Beside them, Flink's figures from the project's V2 sample run (GUIDE_V2.md,
// "Benchmark Results": 50M events after a 150M warm-up, 100K events/s generated, 8 × 1-slot
// TaskManagers): throughput and the cores used, so throughput / cores is events/s per core.

const EVENT_TIME = 'CASE WHEN event_type = 0 THEN person.`dateTime` WHEN event_type = 1 THEN auction.`dateTime` ELSE bid.`dateTime` END';

/** The event table's columns: the nexmark connector's layout, event time and its watermark. */
function eventColumns(): string {
  return `
  event_type INT,
  person ROW<id BIGINT, name VARCHAR, emailAddress VARCHAR, creditCard VARCHAR, city VARCHAR, state VARCHAR, \`dateTime\` TIMESTAMP(3), extra VARCHAR>,
  auction ROW<id BIGINT, itemName VARCHAR, description VARCHAR, initialBid BIGINT, reserve BIGINT, \`dateTime\` TIMESTAMP(3), expires TIMESTAMP(3), seller BIGINT, category BIGINT, extra VARCHAR>,
  bid ROW<auction BIGINT, bidder BIGINT, price BIGINT, channel VARCHAR, url VARCHAR, \`dateTime\` TIMESTAMP(3), extra VARCHAR>,
  \`dateTime\` AS ${EVENT_TIME},
  WATERMARK FOR \`dateTime\` AS \`dateTime\` - INTERVAL '4' SECOND`;
}

/** Options of the generated stream: the V2 workload's rate (100K events/s of event time) and mix (1:3:46). */
export function nexmarkTable(name: string, events: number): string {
  return `CREATE TABLE ${name} (${eventColumns()}
) WITH (
  'connector' = 'nexmark',
  'first-event.rate' = '100000',
  'next-event.rate' = '100000',
  'events.num' = '${events}',
  'person.proportion' = '1',
  'auction.proportion' = '3',
  'bid.proportion' = '46'
);
`;
}

/** The same events as JSON in a Kafka topic (the project's ddl_kafka.sql), read to its end. */
export function kafkaTable(name: string, topic: string, bootstrap: string, bounded: boolean): string {
  return `CREATE TABLE ${name} (${eventColumns()}
) WITH (
  'connector' = 'kafka',
  'topic' = '${topic}',
  'properties.bootstrap.servers' = '${bootstrap}',
  'properties.group.id' = 'nexmark',
  'scan.startup.mode' = 'earliest-offset',${bounded ? `\n  'scan.bounded.mode' = 'latest-offset',` : ''}
  'sink.partitioner' = 'round-robin',
  'format' = 'json'
);
`;
}

/** The three streams as views of one event table (the project's ddl_views.sql). */
export function views(table: string): string {
  return `
CREATE VIEW person AS SELECT person.id, person.name, person.emailAddress, person.creditCard, person.city, person.state, \`dateTime\`, person.extra
FROM ${table} WHERE event_type = 0;
CREATE VIEW auction AS SELECT auction.id, auction.itemName, auction.description, auction.initialBid, auction.reserve, \`dateTime\`, auction.expires, auction.seller, auction.category, auction.extra
FROM ${table} WHERE event_type = 1;
CREATE VIEW bid AS SELECT bid.auction, bid.bidder, bid.price, bid.channel, bid.url, \`dateTime\`, bid.extra
FROM ${table} WHERE event_type = 2;
`;
}

const blackhole = (name: string, columns: string): string => `CREATE TABLE ${name} (${columns}) WITH ('connector' = 'blackhole');\n`;

/** Query text by name; `dir` is a scratch folder for the queries that read or write files. */
export function query(name: string, dir: string): string | undefined {
  switch (name) {
    case 'q0': // pass-through
      return blackhole('nexmark_q0', 'auction BIGINT, bidder BIGINT, price BIGINT, `dateTime` TIMESTAMP(3), extra VARCHAR') +
        'INSERT INTO nexmark_q0 SELECT auction, bidder, price, `dateTime`, extra FROM bid;';
    case 'q1': // currency conversion
      return blackhole('nexmark_q1', 'auction BIGINT, bidder BIGINT, price DECIMAL(23, 3), `dateTime` TIMESTAMP(3), extra VARCHAR') +
        'INSERT INTO nexmark_q1 SELECT auction, bidder, 0.908 * price AS price, `dateTime`, extra FROM bid;';
    case 'q2': // selection
      return blackhole('nexmark_q2', 'auction BIGINT, price BIGINT') +
        'INSERT INTO nexmark_q2 SELECT auction, price FROM bid WHERE MOD(auction, 123) = 0;';
    case 'q3': // local item suggestion: regular join
      return blackhole('nexmark_q3', 'name VARCHAR, city VARCHAR, state VARCHAR, id BIGINT') + `
INSERT INTO nexmark_q3
SELECT P.name, P.city, P.state, A.id
FROM auction AS A INNER JOIN person AS P ON A.seller = P.id
WHERE A.category = 10 AND (P.state = 'OR' OR P.state = 'ID' OR P.state = 'CA');`;
    case 'q4': // average price per category: join, then two group aggregates
      return blackhole('nexmark_q4', 'id BIGINT, final BIGINT') + `
INSERT INTO nexmark_q4
SELECT Q.category, AVG(Q.final)
FROM (
  SELECT MAX(B.price) AS final, A.category
  FROM auction A, bid B
  WHERE A.id = B.auction AND B.\`dateTime\` BETWEEN A.\`dateTime\` AND A.expires
  GROUP BY A.id, A.category
) Q
GROUP BY Q.category;`;
    case 'q5': // hot items: hopping windows, the auctions with the most bids per window
      return blackhole('nexmark_q5', 'auction BIGINT, num BIGINT') + `
INSERT INTO nexmark_q5
SELECT AuctionBids.auction, AuctionBids.num
FROM (
  SELECT auction, COUNT(*) AS num, window_start AS starttime, window_end AS endtime
  FROM TABLE(HOP(TABLE bid, DESCRIPTOR(\`dateTime\`), INTERVAL '2' SECOND, INTERVAL '10' SECOND))
  GROUP BY auction, window_start, window_end
) AS AuctionBids
JOIN (
  SELECT MAX(CountBids.num) AS maxn, CountBids.starttime, CountBids.endtime
  FROM (
    SELECT COUNT(*) AS num, window_start AS starttime, window_end AS endtime
    FROM TABLE(HOP(TABLE bid, DESCRIPTOR(\`dateTime\`), INTERVAL '2' SECOND, INTERVAL '10' SECOND))
    GROUP BY auction, window_start, window_end
  ) AS CountBids
  GROUP BY CountBids.starttime, CountBids.endtime
) AS MaxBids
ON AuctionBids.starttime = MaxBids.starttime AND AuctionBids.endtime = MaxBids.endtime AND AuctionBids.num >= MaxBids.maxn;`;
    case 'q7': // highest bid per tumbling window: window aggregate joined back to the bids
      return blackhole('nexmark_q7', 'auction BIGINT, bidder BIGINT, price BIGINT, `dateTime` TIMESTAMP(3), extra VARCHAR') + `
INSERT INTO nexmark_q7
SELECT B.auction, B.price, B.bidder, B.\`dateTime\`, B.extra
FROM bid B
JOIN (
  SELECT MAX(price) AS maxprice, window_end AS \`dateTime\`
  FROM TABLE(TUMBLE(TABLE bid, DESCRIPTOR(\`dateTime\`), INTERVAL '10' SECOND))
  GROUP BY window_start, window_end
) B1
ON B.price = B1.maxprice
WHERE B.\`dateTime\` BETWEEN B1.\`dateTime\` - INTERVAL '10' SECOND AND B1.\`dateTime\`;`;
    case 'q8': // new users who opened auctions in the same tumbling window: window join
      return blackhole('nexmark_q8', 'id BIGINT, name VARCHAR, stime TIMESTAMP(3)') + `
INSERT INTO nexmark_q8
SELECT P.id, P.name, P.starttime
FROM (
  SELECT id, name, window_start AS starttime, window_end AS endtime
  FROM TABLE(TUMBLE(TABLE person, DESCRIPTOR(\`dateTime\`), INTERVAL '10' SECOND))
  GROUP BY id, name, window_start, window_end
) P
JOIN (
  SELECT seller, window_start AS starttime, window_end AS endtime
  FROM TABLE(TUMBLE(TABLE auction, DESCRIPTOR(\`dateTime\`), INTERVAL '10' SECOND))
  GROUP BY seller, window_start, window_end
) A
ON P.id = A.seller AND P.starttime = A.starttime AND P.endtime = A.endtime;`;
    case 'q9': // winning bids: Top-1 per auction
      return blackhole('nexmark_q9', `id BIGINT, itemName VARCHAR, description VARCHAR, initialBid BIGINT, reserve BIGINT, \`dateTime\` TIMESTAMP(3),
  expires TIMESTAMP(3), seller BIGINT, category BIGINT, extra VARCHAR, auction BIGINT, bidder BIGINT, price BIGINT, bid_dateTime TIMESTAMP(3), bid_extra VARCHAR`) + `
INSERT INTO nexmark_q9
SELECT id, itemName, description, initialBid, reserve, \`dateTime\`, expires, seller, category, extra, auction, bidder, price, bid_dateTime, bid_extra
FROM (
  SELECT A.*, B.auction, B.bidder, B.price, B.\`dateTime\` AS bid_dateTime, B.extra AS bid_extra,
    ROW_NUMBER() OVER (PARTITION BY A.id ORDER BY B.price DESC, B.\`dateTime\` ASC) AS rownum
  FROM auction A, bid B
  WHERE A.id = B.auction AND B.\`dateTime\` BETWEEN A.\`dateTime\` AND A.expires
)
WHERE rownum <= 1;`;
    case 'q10': // log to a partitioned file system
      return `CREATE TABLE nexmark_q10 (
  auction BIGINT, bidder BIGINT, price BIGINT, \`dateTime\` TIMESTAMP(3), extra VARCHAR, dt STRING, hm STRING
) PARTITIONED BY (dt, hm) WITH (
  'connector' = 'filesystem',
  'path' = '${dir}/q10/',
  'format' = 'csv',
  'sink.partition-commit.trigger' = 'partition-time',
  'sink.partition-commit.delay' = '1 min',
  'sink.partition-commit.policy.kind' = 'success-file',
  'partition.time-extractor.timestamp-pattern' = '$dt $hm:00',
  'sink.rolling-policy.rollover-interval' = '1min',
  'sink.rolling-policy.check-interval' = '1min'
);
INSERT INTO nexmark_q10
SELECT auction, bidder, price, \`dateTime\`, extra, DATE_FORMAT(\`dateTime\`, 'yyyy-MM-dd'), DATE_FORMAT(\`dateTime\`, 'HH:mm')
FROM bid;`;
    case 'q11': // user sessions: legacy SESSION group window
      return blackhole('nexmark_q11', 'bidder BIGINT, bid_count BIGINT, starttime TIMESTAMP(3), endtime TIMESTAMP(3)') + `
INSERT INTO nexmark_q11
SELECT B.bidder, COUNT(*) AS bid_count,
  SESSION_START(B.\`dateTime\`, INTERVAL '10' SECOND) AS starttime,
  SESSION_END(B.\`dateTime\`, INTERVAL '10' SECOND) AS endtime
FROM bid B
GROUP BY B.bidder, SESSION(B.\`dateTime\`, INTERVAL '10' SECOND);`;
    case 'q12': // processing-time windows
      return blackhole('nexmark_q12', 'bidder BIGINT, bid_count BIGINT, starttime TIMESTAMP(3), endtime TIMESTAMP(3)') + `
CREATE VIEW B AS SELECT *, PROCTIME() AS p_time FROM bid;
INSERT INTO nexmark_q12
SELECT bidder, COUNT(*) AS bid_count, window_start AS starttime, window_end AS endtime
FROM TABLE(TUMBLE(TABLE B, DESCRIPTOR(p_time), INTERVAL '10' SECOND))
GROUP BY bidder, window_start, window_end;`;
    case 'q13': // bounded side input: processing-time temporal join with a file
      return `CREATE TABLE side_input (key BIGINT, \`value\` VARCHAR) WITH ('connector' = 'filesystem', 'path' = '${dir}/side_input.txt', 'format' = 'csv');
${blackhole('nexmark_q13', 'auction BIGINT, bidder BIGINT, price BIGINT, `dateTime` TIMESTAMP(3), `value` VARCHAR')}
INSERT INTO nexmark_q13
SELECT B.auction, B.bidder, B.price, B.\`dateTime\`, S.\`value\`
FROM (SELECT *, PROCTIME() AS p_time FROM bid) B
JOIN side_input FOR SYSTEM_TIME AS OF B.p_time AS S
ON MOD(B.auction, 10000) = S.key;`;
    case 'q14': // calculation with a user-defined function
      return `CREATE FUNCTION count_char AS 'com.github.nexmark.flink.udf.CountChar';
${blackhole('nexmark_q14', 'auction BIGINT, bidder BIGINT, price DECIMAL(23, 3), bidTimeType VARCHAR, `dateTime` TIMESTAMP(3), extra VARCHAR, c_counts BIGINT')}
INSERT INTO nexmark_q14
SELECT auction, bidder, 0.908 * price AS price,
  CASE
    WHEN HOUR(\`dateTime\`) >= 8 AND HOUR(\`dateTime\`) <= 18 THEN 'dayTime'
    WHEN HOUR(\`dateTime\`) <= 6 OR HOUR(\`dateTime\`) >= 20 THEN 'nightTime'
    ELSE 'otherTime'
  END AS bidTimeType,
  \`dateTime\`, extra, count_char(extra, 'c') AS c_counts
FROM bid
WHERE 0.908 * price > 1000000 AND 0.908 * price < 50000000;`;
    case 'q15': return rankedCounts('nexmark_q15', '', '');
    case 'q16': return rankedCounts('nexmark_q16', 'channel VARCHAR, ', 'channel, ');
    case 'q17': // per-auction daily statistics
      return blackhole('nexmark_q17', 'auction BIGINT, `day` VARCHAR, total_bids BIGINT, rank1_bids BIGINT, rank2_bids BIGINT, rank3_bids BIGINT, min_price BIGINT, max_price BIGINT, avg_price BIGINT, sum_price BIGINT') + `
INSERT INTO nexmark_q17
SELECT auction, DATE_FORMAT(\`dateTime\`, 'yyyy-MM-dd') AS \`day\`,
  COUNT(*) AS total_bids,
  COUNT(*) FILTER (WHERE price < 10000) AS rank1_bids,
  COUNT(*) FILTER (WHERE price >= 10000 AND price < 1000000) AS rank2_bids,
  COUNT(*) FILTER (WHERE price >= 1000000) AS rank3_bids,
  MIN(price) AS min_price, MAX(price) AS max_price, AVG(price) AS avg_price, SUM(price) AS sum_price
FROM bid
GROUP BY auction, DATE_FORMAT(\`dateTime\`, 'yyyy-MM-dd');`;
    case 'q18': // last bid per bidder and auction: deduplication
      return blackhole('nexmark_q18', 'auction BIGINT, bidder BIGINT, price BIGINT, channel VARCHAR, url VARCHAR, `dateTime` TIMESTAMP(3), extra VARCHAR') + `
INSERT INTO nexmark_q18
SELECT auction, bidder, price, channel, url, \`dateTime\`, extra
FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY bidder, auction ORDER BY \`dateTime\` DESC) AS rank_number FROM bid)
WHERE rank_number <= 1;`;
    case 'q19': // Top-10 bids per auction
      return blackhole('nexmark_q19', 'auction BIGINT, bidder BIGINT, price BIGINT, channel VARCHAR, url VARCHAR, `dateTime` TIMESTAMP(3), extra VARCHAR, rank_number BIGINT') + `
INSERT INTO nexmark_q19
SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY auction ORDER BY price DESC) AS rank_number FROM bid)
WHERE rank_number <= 10;`;
    case 'q20': // bids with their auction's details: regular join with a filter
      return blackhole('nexmark_q20', `auction BIGINT, bidder BIGINT, price BIGINT, channel VARCHAR, url VARCHAR, bid_dateTime TIMESTAMP(3), bid_extra VARCHAR,
  itemName VARCHAR, description VARCHAR, initialBid BIGINT, reserve BIGINT, auction_dateTime TIMESTAMP(3), expires TIMESTAMP(3), seller BIGINT, category BIGINT, auction_extra VARCHAR`) + `
INSERT INTO nexmark_q20
SELECT auction, bidder, price, channel, url, B.\`dateTime\`, B.extra,
  itemName, description, initialBid, reserve, A.\`dateTime\`, expires, seller, category, A.extra
FROM bid AS B INNER JOIN auction AS A ON B.auction = A.id
WHERE A.category = 10;`;
    case 'q21': // channel ids: CASE and regular expressions
      return blackhole('nexmark_q21', 'auction BIGINT, bidder BIGINT, price BIGINT, channel VARCHAR, channel_id VARCHAR') + `
INSERT INTO nexmark_q21
SELECT auction, bidder, price, channel,
  CASE
    WHEN LOWER(channel) = 'apple' THEN '0'
    WHEN LOWER(channel) = 'google' THEN '1'
    WHEN LOWER(channel) = 'facebook' THEN '2'
    WHEN LOWER(channel) = 'baidu' THEN '3'
    ELSE REGEXP_EXTRACT(url, '(&|^)channel_id=([^&]*)', 2)
  END AS channel_id
FROM bid
WHERE REGEXP_EXTRACT(url, '(&|^)channel_id=([^&]*)', 2) IS NOT NULL OR LOWER(channel) IN ('apple', 'google', 'facebook', 'baidu');`;
    case 'q22': // URL directories: SPLIT_INDEX
      return blackhole('nexmark_q22', 'auction BIGINT, bidder BIGINT, price BIGINT, channel VARCHAR, dir1 VARCHAR, dir2 VARCHAR, dir3 VARCHAR') + `
INSERT INTO nexmark_q22
SELECT auction, bidder, price, channel, SPLIT_INDEX(url, '/', 3) AS dir1, SPLIT_INDEX(url, '/', 4) AS dir2, SPLIT_INDEX(url, '/', 5) AS dir3
FROM bid;`;
    default:
      return undefined;
  }
}

/** q15 (per day) and q16 (per channel and day): bid, bidder and auction counts by price rank. */
function rankedCounts(sink: string, keyColumn: string, key: string): string {
  const ranks = ['', ' FILTER (WHERE price < 10000)', ' FILTER (WHERE price >= 10000 AND price < 1000000)', ' FILTER (WHERE price >= 1000000)'];
  const names = ['total', 'rank1', 'rank2', 'rank3'];
  const counts = (of: string, suffix: string): string[] => ranks.map((f, i) => `COUNT(${of})${f} AS ${names[i]}_${suffix}`);
  const minute = key === '' ? '' : "MAX(DATE_FORMAT(`dateTime`, 'HH:mm')) AS `minute`,\n  ";
  const columns = ['bids', 'bidders', 'auctions'].flatMap((s) => names.map((n) => `${n}_${s} BIGINT`)).join(', ');
  return blackhole(sink, `${keyColumn}\`day\` VARCHAR, ${key === '' ? '' : '`minute` VARCHAR, '}${columns}`) + `
INSERT INTO ${sink}
SELECT ${key}DATE_FORMAT(\`dateTime\`, 'yyyy-MM-dd') AS \`day\`,
  ${minute}${[...counts('*', 'bids'), ...counts('DISTINCT bidder', 'bidders'), ...counts('DISTINCT auction', 'auctions')].join(',\n  ')}
FROM bid
GROUP BY ${key}DATE_FORMAT(\`dateTime\`, 'yyyy-MM-dd');`;
}

export const ALL_QUERIES = ['q0', 'q1', 'q2', 'q3', 'q4', 'q5', 'q7', 'q8', 'q9', 'q10', 'q11', 'q12', 'q13', 'q14', 'q15', 'q16', 'q17', 'q18', 'q19', 'q20', 'q21', 'q22'];

/** Flink's V2 sample run: throughput (events/s) and cores used, per query. */
const FLINK_V2: Readonly<Record<string, readonly [number, number]>> = {
  q0: [2.65e6, 7], q1: [2.86e6, 7.24], q2: [2.95e6, 7.13], q3: [1.9e6, 8.69], q4: [347.84e3, 12.33],
  q5: [920.4e3, 12.35], q7: [262.46e3, 11.45], q8: [2.08e6, 12.83], q9: [149.52e3, 10.86], q10: [904.32e3, 6.81],
  q11: [427.88e3, 9.29], q12: [1.95e6, 10.03], q13: [1.5e6, 7.97], q14: [2.03e6, 7.83], q15: [1.37e6, 8.16],
  q16: [487.29e3, 10.77], q17: [1.63e6, 10.15], q18: [769.77e3, 11.77], q19: [558.84e3, 13.09], q20: [194.96e3, 10.98],
  q21: [1.15e6, 7.81], q22: [1.63e6, 7.7],
};

/** Flink's events/s per core for a query in that run. */
export function flinkPerCore(q: string): number | undefined {
  const f = FLINK_V2[q];
  return f === undefined ? undefined : f[0] / f[1];
}

// The metadata store's tables. Offsets and timestamps are INTEGER (int64), read as bigint.
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS topics (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  partitions INTEGER NOT NULL,
  configs    TEXT NOT NULL,
  created_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS streams (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  topic_id         TEXT NOT NULL REFERENCES topics(id),
  partition        INTEGER NOT NULL,
  log_start_offset INTEGER NOT NULL DEFAULT 0,
  uploaded_end     INTEGER NOT NULL DEFAULT 0,
  UNIQUE (topic_id, partition)
);
CREATE TABLE IF NOT EXISTS objects (
  key        TEXT PRIMARY KEY,
  kind       TEXT NOT NULL,
  size       INTEGER NOT NULL,
  created_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS ranges (
  stream_id     INTEGER NOT NULL,
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  object_key    TEXT NOT NULL REFERENCES objects(key),
  position      INTEGER NOT NULL,
  size          INTEGER NOT NULL,
  max_timestamp INTEGER NOT NULL,
  PRIMARY KEY (stream_id, start_offset)
);
CREATE INDEX IF NOT EXISTS ranges_by_object ON ranges(object_key);
CREATE TABLE IF NOT EXISTS producers (
  stream_id      INTEGER NOT NULL,
  producer_id    INTEGER NOT NULL,
  epoch          INTEGER NOT NULL,
  first_sequence INTEGER NOT NULL,
  last_sequence  INTEGER NOT NULL,
  last_offset    INTEGER NOT NULL,
  updated_ms     INTEGER NOT NULL,
  PRIMARY KEY (stream_id, producer_id)
);
CREATE TABLE IF NOT EXISTS group_offsets (
  group_id     TEXT NOT NULL,
  topic        TEXT NOT NULL,
  partition    INTEGER NOT NULL,
  offset       INTEGER NOT NULL,
  leader_epoch INTEGER NOT NULL,
  metadata     TEXT,
  commit_ms    INTEGER NOT NULL,
  PRIMARY KEY (group_id, topic, partition)
);
CREATE TABLE IF NOT EXISTS acls (
  resource_type   INTEGER NOT NULL,
  resource_name   TEXT NOT NULL,
  pattern_type    INTEGER NOT NULL,
  principal       TEXT NOT NULL,
  host            TEXT NOT NULL,
  operation       INTEGER NOT NULL,
  permission_type INTEGER NOT NULL,
  created_ms      INTEGER NOT NULL,
  PRIMARY KEY (resource_type, resource_name, pattern_type, principal, host, operation, permission_type)
);
`;

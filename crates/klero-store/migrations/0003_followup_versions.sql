-- A counter per panel, raised in the same transaction as every follow-up change. Each server
-- process keeps the panel's assembled tracker in memory and serves it for as long as the
-- stored version equals the one it read with it: one indexed read per request instead of
-- eight queries, and a change made by any process is seen by all of them on their next read.
CREATE TABLE followup_versions (
    panel_id TEXT PRIMARY KEY REFERENCES panels(id) ON DELETE CASCADE,
    version BIGINT NOT NULL
);

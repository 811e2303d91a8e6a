-- Guessing limits kept in the database, so that every process sharing it counts together.
-- One row per key (a digest: an account's address, a client address, a code prefix...):
-- the attempts counted in the current fixed window, which ends at window_end (Unix seconds).
-- An attempt is counted and its count read back in one statement (INSERT ... ON CONFLICT
-- DO UPDATE ... RETURNING), before the secret is checked.
CREATE TABLE throttles (
    key_hash TEXT PRIMARY KEY,
    hits BIGINT NOT NULL,
    window_end BIGINT NOT NULL
);
CREATE INDEX throttles_window_end ON throttles(window_end);

-- Server secrets (signing keys for cookies), made on first use and shared by every process.
CREATE TABLE server_secrets (
    name TEXT PRIMARY KEY,
    secret TEXT NOT NULL
);

-- Login failures are counted in throttles now.
DROP TABLE login_failures;

-- A summit's seating: the tables and who sits where in each round, as last computed from the
-- people present (re-computed for late arrivals, keeping the seats of those already seated),
-- and the tables participants are pinned to (an accessible table...).
CREATE TABLE summit_seatings (
    panel_id TEXT PRIMARY KEY REFERENCES panels(id) ON DELETE CASCADE,
    table_size BIGINT NOT NULL,
    rounds BIGINT NOT NULL,
    table_languages_json TEXT NOT NULL,
    summary TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE summit_seats (
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    round BIGINT NOT NULL,
    table_number BIGINT NOT NULL,
    participant_id TEXT NOT NULL REFERENCES summit_participants(id) ON DELETE CASCADE,
    PRIMARY KEY (panel_id, round, participant_id)
);

CREATE TABLE summit_pins (
    participant_id TEXT PRIMARY KEY REFERENCES summit_participants(id) ON DELETE CASCADE,
    table_number BIGINT NOT NULL
);

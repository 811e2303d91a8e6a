-- Follow-up of recommendations, and the outbox of e-mail. Portable SQL, as 0001.
-- Texts in several languages and the government's answers are stored as JSON text (the
-- domain's serde form): a tracker page reads a panel in a handful of queries.

CREATE TABLE handovers (
    panel_id TEXT PRIMARY KEY REFERENCES panels(id) ON DELETE CASCADE,
    handed_over_on TEXT NOT NULL,
    recorded_at BIGINT NOT NULL
);

CREATE TABLE recommendations (
    id TEXT PRIMARY KEY,
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    body_json TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (panel_id, number)
);

CREATE TABLE review_rounds (
    id TEXT PRIMARY KEY,
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    label_json TEXT NOT NULL,
    months BIGINT,
    due_on TEXT NOT NULL,
    published_at BIGINT,
    UNIQUE (panel_id, number)
);

CREATE TABLE round_changes (
    round_id TEXT NOT NULL REFERENCES review_rounds(id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    at BIGINT NOT NULL,
    from_due_on TEXT,
    to_due_on TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (round_id, seq)
);

CREATE TABLE answers (
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    recommendation BIGINT NOT NULL,
    round BIGINT NOT NULL,
    body_json TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (panel_id, recommendation, round)
);

-- member_key: the account that judged (so a member can change their verdict), or an
-- import's own key. Never published.
CREATE TABLE verdicts (
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    recommendation BIGINT NOT NULL,
    round BIGINT NOT NULL,
    member_key TEXT NOT NULL,
    verdict TEXT NOT NULL,
    comment TEXT NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (panel_id, recommendation, round, member_key)
);

CREATE TABLE followup_questions (
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    recommendation BIGINT NOT NULL,
    question TEXT NOT NULL,
    asked_at BIGINT NOT NULL,
    due_on TEXT NOT NULL,
    reply TEXT,
    replied_at BIGINT,
    PRIMARY KEY (panel_id, number)
);

-- The public timeline of each panel's follow-up, appended with each change.
CREATE TABLE followup_events (
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    recommendation BIGINT,
    round BIGINT,
    detail TEXT NOT NULL,
    PRIMARY KEY (panel_id, seq)
);

-- E-mail to send. dedup_key makes a reminder once-only across processes; claimed_at lets
-- one process at a time try to send a message.
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    assembly_id TEXT REFERENCES assemblies(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    dedup_key TEXT UNIQUE,
    claimed_at BIGINT,
    sent_at BIGINT,
    attempts BIGINT NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE INDEX outbox_assembly ON outbox(assembly_id, created_at);
CREATE INDEX outbox_unsent ON outbox(sent_at);

-- A panel's stratified selection among volunteers: the quotas, the pool (pseudonymous: an id,
-- the values of the features, a household number), the volunteers' contact details apart (so
-- that they can be erased), the draw and its replacements with their verification bundles.
-- Portable SQL, as 0001.

-- One row per panel that has a selection. state: open (inputs may change), frozen (the
-- commitment is published, nothing may change), drawn (the panel is drawn). version: raised
-- by every upload, so that a freeze commits to the inputs it read.
CREATE TABLE selections (
    panel_id TEXT PRIMARY KEY REFERENCES panels(id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    panel_size BIGINT NOT NULL,
    lottery_panels BIGINT NOT NULL,
    reserves BIGINT NOT NULL,
    state TEXT NOT NULL,
    people_file TEXT NOT NULL,
    features_file TEXT NOT NULL,
    commitment TEXT,
    frozen_at BIGINT,
    contacts_erased_at BIGINT,
    updated_at BIGINT NOT NULL
);

-- The quotas, in the order of the features file.
CREATE TABLE selection_quotas (
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    ord BIGINT NOT NULL,
    feature TEXT NOT NULL,
    value TEXT NOT NULL,
    min_seats BIGINT NOT NULL,
    max_seats BIGINT NOT NULL,
    min_flex BIGINT,
    max_flex BIGINT,
    PRIMARY KEY (panel_id, ord)
);

-- The pool, pseudonymous. values_json: the person's value per feature, in the quotas' feature
-- order. status: pool, member, reserve, withdrawn (not yet replaced), replaced. reply: NULL, confirmed, declined.
-- reply_hash: the SHA-256 digest of the link sent to a member to confirm or decline.
CREATE TABLE selection_people (
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    person_key TEXT NOT NULL,
    values_json TEXT NOT NULL,
    household BIGINT,
    status TEXT NOT NULL,
    reserve_rank BIGINT,
    reply TEXT,
    reply_hash TEXT,
    PRIMARY KEY (panel_id, seq),
    UNIQUE (panel_id, person_key),
    UNIQUE (reply_hash)
);

-- Contact details, apart, erasable: never in the engine, a bundle, a log or an audit entry.
CREATE TABLE selection_contacts (
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    person_key TEXT NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    address TEXT NOT NULL,
    PRIMARY KEY (panel_id, person_key)
);

-- The draw (number 1) and each replacement draw after it (2, 3...), with its seed and
-- commitment; chosen_json: the ids chosen; withdrawn_json: whom a replacement replaced.
CREATE TABLE selection_draws (
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    seed TEXT NOT NULL,
    commitment TEXT NOT NULL,
    chosen_json TEXT NOT NULL,
    withdrawn_json TEXT NOT NULL,
    drawn_at BIGINT NOT NULL,
    PRIMARY KEY (panel_id, number)
);

-- The files of each draw's verification bundle (all text), as published.
CREATE TABLE selection_files (
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    draw_number BIGINT NOT NULL,
    name TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (panel_id, draw_number, name)
);

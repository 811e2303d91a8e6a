-- Recruitment by lot for a panel: the invitation lottery over a register (only the drawn rows
-- are kept, never the register), the letters' texts, and the invitees' registrations. As in
-- 0008, what identifies a person (the register's cells, names, contact details) is kept apart
-- from the pseudonymous rows, so that it can be erased. Portable SQL, as 0001.

-- One row per panel that has drawn its invitations. code_key: the secret (hex) the letters'
-- codes are derived from; erased with the personal data. register_digest: SHA-256 of the
-- register file as the draw read it.
CREATE TABLE recruitments (
    panel_id TEXT PRIMARY KEY REFERENCES panels(id) ON DELETE CASCADE,
    register_file TEXT NOT NULL,
    register_digest TEXT NOT NULL,
    settings_json TEXT NOT NULL,
    seed TEXT NOT NULL,
    population BIGINT NOT NULL,
    code_key TEXT NOT NULL,
    drawn_at BIGINT NOT NULL,
    personal_erased_at BIGINT
);

-- The draw's figures per stratum, in the summary's order.
CREATE TABLE recruitment_strata (
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    ord BIGINT NOT NULL,
    name TEXT NOT NULL,
    population BIGINT NOT NULL,
    excluded BIGINT NOT NULL,
    invitations BIGINT NOT NULL,
    PRIMARY KEY (panel_id, ord)
);

-- The invitees, pseudonymous: a number, the stratum, the letter's languages, the digest of
-- the code. status: invited, registered, withdrawn.
CREATE TABLE recruitment_invitees (
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    stratum TEXT NOT NULL,
    languages TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    status TEXT NOT NULL,
    PRIMARY KEY (panel_id, seq),
    UNIQUE (code_hash)
);

-- The register's cells of each invitee (header and values as JSON): personal, erasable.
CREATE TABLE recruitment_addresses (
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    cells_json TEXT NOT NULL,
    PRIMARY KEY (panel_id, seq)
);

-- The register's header, once per panel, for the cells above.
CREATE TABLE recruitment_headers (
    panel_id TEXT PRIMARY KEY REFERENCES panels(id) ON DELETE CASCADE,
    header_json TEXT NOT NULL,
    address_columns_json TEXT NOT NULL
);

-- The letter's text per language, as organisers edited it.
CREATE TABLE recruitment_letters (
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (panel_id, lang)
);

-- A registration: the answers the quotas need (feature -> value, JSON), availability,
-- language, consent, and whether staff entered it from a phone call. Pseudonymous.
CREATE TABLE registrations (
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    answers_json TEXT NOT NULL,
    available BIGINT NOT NULL,
    lang TEXT NOT NULL,
    consent_at BIGINT NOT NULL,
    by_staff BIGINT NOT NULL,
    registered_at BIGINT NOT NULL,
    withdrawn_at BIGINT,
    PRIMARY KEY (panel_id, seq)
);

-- A registrant's contact details and needs: personal, erasable.
CREATE TABLE registration_contacts (
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL,
    needs TEXT NOT NULL,
    PRIMARY KEY (panel_id, seq)
);

-- A panel's deliberation: its sessions and attendance, the recommendations it drafts (each
-- save a version), amendments, and the final vote on each recommendation with its ballots.
-- Portable SQL, as 0001. Members are accounts (panel members of the assembly); names are read
-- from accounts, never copied here, so erasing an account leaves no name behind.

-- The organiser's settings: the languages a recommendation needs before its vote (codes,
-- comma-separated) and the allowance per session attended, in cents.
CREATE TABLE deliberation_settings (
    panel_id TEXT PRIMARY KEY REFERENCES panels(id) ON DELETE CASCADE,
    required_langs TEXT NOT NULL,
    allowance_cents BIGINT NOT NULL
);

CREATE TABLE deliberation_sessions (
    id TEXT PRIMARY KEY,
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    body_json TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (panel_id, number)
);

CREATE TABLE deliberation_attendance (
    session_id TEXT NOT NULL REFERENCES deliberation_sessions(id) ON DELETE CASCADE,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    recorded_at BIGINT NOT NULL,
    PRIMARY KEY (session_id, account_id)
);

-- version: the current version's number.
CREATE TABLE deliberation_drafts (
    id TEXT PRIMARY KEY,
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (panel_id, number)
);

-- content_json: the recommendation's words in every language as of this version; lang: the
-- language this version changed; substantive: 1 when it changed the content (the other
-- languages must follow), 0 for a translation; author_id: who saved it (no foreign key: the version stays
-- when the account goes, and shows no name); amendment: the amendment it came from.
CREATE TABLE deliberation_versions (
    draft_id TEXT NOT NULL REFERENCES deliberation_drafts(id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    lang TEXT NOT NULL,
    content_json TEXT NOT NULL,
    author_id TEXT,
    note TEXT NOT NULL,
    amendment BIGINT,
    substantive BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (draft_id, version)
);

CREATE TABLE deliberation_amendments (
    draft_id TEXT NOT NULL REFERENCES deliberation_drafts(id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    body_json TEXT NOT NULL,
    proposer_id TEXT,
    state TEXT NOT NULL,
    decided_by TEXT,
    decided_at BIGINT,
    decision_note TEXT NOT NULL,
    result_version BIGINT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (draft_id, number)
);

-- The final vote on a recommendation: the rule (JSON, declared before opening and fixed
-- once open), the session it is held at (whose attendance decides who may vote where the
-- rule counts members present), the version voted on, its state (draft, open, closed) and,
-- once closed, the counts and the outcome, kept as counted.
CREATE TABLE deliberation_votes (
    draft_id TEXT PRIMARY KEY REFERENCES deliberation_drafts(id) ON DELETE CASCADE,
    rule_json TEXT,
    session_id TEXT REFERENCES deliberation_sessions(id) ON DELETE SET NULL,
    state TEXT NOT NULL,
    version BIGINT,
    present BIGINT,
    counts_json TEXT,
    outcome_json TEXT,
    opened_at BIGINT,
    closed_at BIGINT
);

-- The latest ballot of each voter. voter: a digest of the draft and the account for a ballot
-- cast online (never a name), `paper-{serial}` for a paper ballot. Not audited: secret.
CREATE TABLE deliberation_ballots (
    draft_id TEXT NOT NULL REFERENCES deliberation_drafts(id) ON DELETE CASCADE,
    voter TEXT NOT NULL,
    source TEXT NOT NULL,
    ballot_json TEXT NOT NULL,
    cast_at BIGINT NOT NULL,
    PRIMARY KEY (draft_id, voter)
);

-- Which follow-up recommendation each adopted draft became at the handover.
CREATE TABLE deliberation_handovers (
    draft_id TEXT PRIMARY KEY REFERENCES deliberation_drafts(id) ON DELETE CASCADE,
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    recommendation BIGINT NOT NULL
);

-- The members who agreed to be named in the panel's report.
CREATE TABLE deliberation_named (
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    PRIMARY KEY (panel_id, account_id)
);

-- A member's minority position on a recommendation (one per member and recommendation).
CREATE TABLE deliberation_minority (
    draft_id TEXT NOT NULL REFERENCES deliberation_drafts(id) ON DELETE CASCADE,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (draft_id, account_id)
);

-- The published report: a snapshot (the domain's serde form), replaced when republished.
CREATE TABLE deliberation_reports (
    panel_id TEXT PRIMARY KEY REFERENCES panels(id) ON DELETE CASCADE,
    body_json TEXT NOT NULL,
    published_at BIGINT NOT NULL
);

-- The questionnaire after each session: the standard questions asked (names, comma-separated)
-- and the organiser's open question (JSON, per language).
CREATE TABLE deliberation_questionnaires (
    panel_id TEXT PRIMARY KEY REFERENCES panels(id) ON DELETE CASCADE,
    questions TEXT NOT NULL,
    open_json TEXT NOT NULL
);

-- Anonymous answers: respondent is a digest of the session and the account (so a member
-- answers once, and may change it), never the account or a name.
CREATE TABLE deliberation_evaluations (
    session_id TEXT NOT NULL REFERENCES deliberation_sessions(id) ON DELETE CASCADE,
    respondent TEXT NOT NULL,
    body_json TEXT NOT NULL,
    submitted_at BIGINT NOT NULL,
    PRIMARY KEY (session_id, respondent)
);

-- The panel's library. body_json: the item's description (the domain's serde form); state:
-- published, pending (a stakeholder's submission) or rejected (with reason). An uploaded file
-- is described by its kind (sniffed from its bytes), its sanitised name, size and SHA-256;
-- file_data holds it, base64, when files are kept in the database, NULL when they are kept in
-- the folder the platform is configured with (named by their SHA-256).
CREATE TABLE deliberation_library (
    id TEXT PRIMARY KEY,
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    body_json TEXT NOT NULL,
    state TEXT NOT NULL,
    reason TEXT NOT NULL,
    file_kind TEXT,
    file_name TEXT,
    file_size BIGINT,
    file_sha256 TEXT,
    file_data TEXT,
    added_by TEXT,
    created_at BIGINT NOT NULL,
    decided_at BIGINT,
    UNIQUE (panel_id, number)
);

-- A stakeholder's contact address, for the moderators only: apart, never published, erased
-- with the submission.
CREATE TABLE deliberation_submitters (
    item_id TEXT PRIMARY KEY REFERENCES deliberation_library(id) ON DELETE CASCADE,
    email TEXT NOT NULL
);

-- The largest upload the organiser allows, in bytes.
CREATE TABLE deliberation_library_settings (
    panel_id TEXT PRIMARY KEY REFERENCES panels(id) ON DELETE CASCADE,
    max_bytes BIGINT NOT NULL
);

-- Members' questions to the experts: the asker's account (shown to others only when not
-- anonymous), the question, and the written answer with the expert who gave it.
CREATE TABLE deliberation_questions (
    id TEXT PRIMARY KEY,
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    asker_id TEXT,
    anonymous BIGINT NOT NULL,
    body TEXT NOT NULL,
    answer TEXT,
    answerer_id TEXT,
    answered_at BIGINT,
    created_at BIGINT NOT NULL,
    UNIQUE (panel_id, number)
);

-- Members who support a question (one row each).
CREATE TABLE deliberation_question_support (
    question_id TEXT NOT NULL REFERENCES deliberation_questions(id) ON DELETE CASCADE,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    PRIMARY KEY (question_id, account_id)
);

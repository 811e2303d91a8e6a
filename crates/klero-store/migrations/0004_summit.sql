-- The summit day: participants and their check-in, plenary votes and their ballots. Portable
-- SQL, as 0001.

-- Participants, pseudonymous: the key from the selection, never the name. code_hash is the
-- SHA-256 digest of the personal voting code handed out at check-in (NULL before, and after
-- an undone check-in); seq numbers a panel's participants in the order of import.
CREATE TABLE summit_participants (
    id TEXT PRIMARY KEY,
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    participant_key TEXT NOT NULL,
    grp TEXT NOT NULL,
    languages TEXT NOT NULL,
    needs TEXT NOT NULL,
    attributes_json TEXT NOT NULL,
    checked_in_at BIGINT,
    absent BIGINT NOT NULL DEFAULT 0,
    code_hash TEXT,
    created_at BIGINT NOT NULL,
    UNIQUE (panel_id, seq),
    UNIQUE (panel_id, participant_key),
    UNIQUE (panel_id, code_hash)
);

-- Names, apart so that they can be erased after the summit. name_folded: lower case without
-- accents, for the search at the door.
CREATE TABLE summit_people (
    participant_id TEXT PRIMARY KEY REFERENCES summit_participants(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    name_folded TEXT NOT NULL
);

-- Plenary votes, numbered within a panel. spec_json: the domain's VoteSpec; results_json: the
-- count made when the vote closed, kept as published.
CREATE TABLE summit_votes (
    id TEXT PRIMARY KEY,
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    spec_json TEXT NOT NULL,
    state TEXT NOT NULL,
    results_json TEXT,
    created_at BIGINT NOT NULL,
    opened_at BIGINT,
    closed_at BIGINT,
    UNIQUE (panel_id, number)
);

-- The latest ballot of each voter. voter: a digest of the vote and the participant for a
-- ballot cast on a phone (never a name or a code), `paper-{serial}` for a paper ballot.
CREATE TABLE summit_ballots (
    vote_id TEXT NOT NULL REFERENCES summit_votes(id) ON DELETE CASCADE,
    voter TEXT NOT NULL,
    source TEXT NOT NULL,
    serial BIGINT,
    ballot_json TEXT NOT NULL,
    cast_at BIGINT NOT NULL,
    PRIMARY KEY (vote_id, voter)
);

-- One counter per panel, bumped in the transaction of every check-in, ballot and change of a
-- vote: a projector polls it to know when to redraw. Every summit write takes this row's
-- lock first, so a ballot and the closing of its vote never overlap.
CREATE TABLE summit_pulse (
    panel_id TEXT PRIMARY KEY REFERENCES panels(id) ON DELETE CASCADE,
    n BIGINT NOT NULL
);

-- The summit programme: rounds, the proposals each table makes in a round, and the organisers'
-- shortlist that merges them. Portable SQL, as 0001. (0005 is the seating migration.)

-- The rounds of a panel's summit, numbered 1, 2, 3... in the order of the day.
CREATE TABLE summit_rounds (
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    theme TEXT NOT NULL,
    minutes BIGINT NOT NULL,
    question TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (panel_id, number)
);

-- A table's proposals. client_id: chosen by the facilitator's browser, the same on every retry,
-- so a proposal sent twice is kept once. seq numbers a panel's proposals in the order they
-- arrived (what the organisers' live page asks "since"). author_id: the account that entered it.
CREATE TABLE summit_proposals (
    id TEXT PRIMARY KEY,
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    round BIGINT NOT NULL,
    table_number BIGINT NOT NULL,
    text TEXT NOT NULL,
    client_id TEXT NOT NULL,
    author_id TEXT,
    seq BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (panel_id, client_id),
    UNIQUE (panel_id, seq),
    FOREIGN KEY (panel_id, round) REFERENCES summit_rounds(panel_id, number) ON DELETE CASCADE
);

-- The shortlist: items numbered within the panel, each merging proposals (of any tables).
CREATE TABLE summit_shortlist (
    id TEXT PRIMARY KEY,
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    title TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (panel_id, number)
);

CREATE TABLE summit_shortlist_links (
    item_id TEXT NOT NULL REFERENCES summit_shortlist(id) ON DELETE CASCADE,
    proposal_id TEXT NOT NULL REFERENCES summit_proposals(id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, proposal_id)
);

-- Who runs a summit's tables, and the stakeholder groups' quotas. Portable SQL, as 0001.

-- Facilitators (one per table, for every round) and translators (one per bilingual table).
-- They do not sit as participants and do not vote. name is personal data, blanked when the
-- participants' names are erased; account_id links a facilitator's account, so that their
-- phone page opens at their table; table_number is set by the latest seating (NULL: none).
CREATE TABLE summit_staff (
    id TEXT PRIMARY KEY,
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    languages TEXT NOT NULL,
    account_id TEXT REFERENCES accounts(id) ON DELETE SET NULL,
    table_number BIGINT,
    created_at BIGINT NOT NULL,
    UNIQUE (panel_id, seq)
);

-- At a "whole system" summit each stakeholder group has its own number of seats: at least
-- min_count (a shortfall is shown), at most max_count (NULL: no limit; an import above it is
-- refused).
CREATE TABLE summit_group_quotas (
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    grp TEXT NOT NULL,
    min_count BIGINT NOT NULL,
    max_count BIGINT,
    PRIMARY KEY (panel_id, grp)
);

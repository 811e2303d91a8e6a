-- The lottery published at the freeze, before the seed (`lottery.json` of klero-bundle): the
-- commitment covers it, and the ceremony draws from it as stored, without solving again.
-- Portable SQL, as 0001.
CREATE TABLE selection_lotteries (
    panel_id TEXT PRIMARY KEY REFERENCES panels(id) ON DELETE CASCADE,
    body TEXT NOT NULL
);

-- tracker (issue 23): an answer's own publication. A round's publication publishes its
-- answers; an answer the round left out can be given later in that round, published on its
-- own. NULL: a draft. Answers of rounds published before this migration take the round's time.
ALTER TABLE answers ADD COLUMN published_at BIGINT;
UPDATE answers SET published_at = (
    SELECT r.published_at FROM review_rounds r
     WHERE r.panel_id = answers.panel_id AND r.number = answers.round
);

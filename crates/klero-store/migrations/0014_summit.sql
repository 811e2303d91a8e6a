-- A summit round's theme and question in other languages (issue 23: a Dutch table reads the
-- round in Dutch): a JSON object from language code to {"theme", "question"}; '{}' for none.
-- Portable SQL, as 0001.
ALTER TABLE summit_rounds ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';

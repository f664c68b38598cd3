-- version 2: claims carry their article's ingestion order, so one index answers
-- "the claims of this season, in ingestion order" without a sort; a generation counter
-- that every write bumps lets readers keep parsed claims until something changes.
ALTER TABLE claims ADD COLUMN doc_seq INTEGER;
UPDATE claims SET doc_seq = (SELECT seq FROM documents WHERE documents.id = claims.document_id);
DROP INDEX claims_work_season;
CREATE INDEX claims_work_season_order ON claims(work_key, season, doc_seq, ordinal);
CREATE TABLE store_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT INTO store_state (id, generation) VALUES (1, 0);

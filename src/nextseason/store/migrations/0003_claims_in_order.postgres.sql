-- version 3: every claim of the store in ingestion order (what a status reads first, to learn
-- the outlets' reliability) is one walk of an index instead of a sort of every claim.
CREATE INDEX IF NOT EXISTS claims_order ON claims(doc_seq, ordinal);

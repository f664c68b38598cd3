-- version 4: a count of the writes that change what was read before (claims replaced, a stored
-- article joining a near-duplicate cluster), so a reader that keeps every claim learns with one
-- row whether the new claims alone are what changed.
ALTER TABLE store_state ADD COLUMN rewrites INTEGER NOT NULL DEFAULT 0;

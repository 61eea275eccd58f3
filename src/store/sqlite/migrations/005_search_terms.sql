-- Numbered as PostgreSQL's 005, which keeps a narrow table of hashed words for its newest-first walk. SQLite's FTS5
-- walks a word's matches newest first in its own index and needs none.
SELECT 1;

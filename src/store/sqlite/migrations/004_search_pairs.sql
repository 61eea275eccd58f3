-- Numbered as PostgreSQL's 004, which indexes pairs of adjacent words and keeps richer statistics for its search.
-- SQLite needs neither: FTS5 keeps word positions in its index, finds a phrase there, and counts a word's articles.
SELECT 1;

-- Full-text search over the search keys (src/persian): the 'simple' configuration only lower-cases and
-- splits, which is all a key needs; GIN finds the matches, key_len feeds BM25's length normalization.
ALTER TABLE articles
  ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_key)) STORED,
  ADD COLUMN key_len INTEGER GENERATED ALWAYS AS (array_length(string_to_array(search_key, ' '), 1)) STORED;
CREATE INDEX articles_search ON articles USING GIN (search_tsv);

-- The id range each day's articles span (as on SQLite): a date filter becomes an id range the newest-first scan
-- starts from, instead of reading every newer match to skip it.
CREATE TABLE article_days (day TEXT PRIMARY KEY, min_id INTEGER NOT NULL, max_id INTEGER NOT NULL);
INSERT INTO article_days (day, min_id, max_id)
  SELECT substr(published, 1, 10), min(id), max(id) FROM articles WHERE published IS NOT NULL GROUP BY 1;
CREATE FUNCTION article_days_note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO article_days (day, min_id, max_id)
    SELECT substr(n.published, 1, 10), min(n.id), max(n.id) FROM new_rows n WHERE n.published IS NOT NULL GROUP BY 1
    ON CONFLICT (day) DO UPDATE SET min_id = least(article_days.min_id, excluded.min_id),
      max_id = greatest(article_days.max_id, excluded.max_id);
  RETURN NULL;
END $$;
CREATE TRIGGER article_days_insert AFTER INSERT ON articles REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION article_days_note();
CREATE TRIGGER article_days_update AFTER UPDATE ON articles REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION article_days_note();

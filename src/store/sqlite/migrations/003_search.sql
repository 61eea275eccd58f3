-- Full-text search over the articles' search keys (src/persian: letters, digits and ZWNJ already folded,
-- tokens joined by single spaces). The index keeps its own copy of each key (article_search_content): ranking reads
-- the keys of the matches it ranks, and there they are a narrow row each, not the tail of a wide article row.
-- The 'ascii' tokenizer splits on ASCII spaces and punctuation only and keeps every other character in a token:
-- a key needs no more (it is folded already), and it indexes twice as fast as unicode61.
CREATE VIRTUAL TABLE article_search USING fts5(key, tokenize = 'ascii');

INSERT INTO article_search (rowid, key) SELECT id, search_key FROM articles;

-- New rows are indexed by the store itself in the same transaction (sqlite-store.ts): an INSERT trigger writing to
-- a virtual table takes a savepoint per statement, which makes FTS5 flush on every article. Changed keys and
-- deletions are rare and kept right by triggers.
CREATE TRIGGER article_search_update AFTER UPDATE OF search_key ON articles WHEN old.search_key IS NOT new.search_key BEGIN
  DELETE FROM article_search WHERE rowid = old.id;
  INSERT INTO article_search (rowid, key) VALUES (new.id, new.search_key);
END;

CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN
  DELETE FROM article_search WHERE rowid = old.id;
END;

-- Ranking reads the date, outlet and story of up to a thousand matches by id: a covering index answers without
-- touching the wide rows (their text and HTML sit before these columns and would be read through).
CREATE INDEX articles_search_meta ON articles (id, published, source, story);

-- The id range each day's articles span, so a date filter becomes a rowid range FTS5 walks directly instead of
-- reading every newer match to skip it. Ids need not follow dates: a range holds every article of its days.
CREATE TABLE article_days (day TEXT PRIMARY KEY, min_id INTEGER NOT NULL, max_id INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO article_days (day, min_id, max_id)
  SELECT substr(published, 1, 10), min(id), max(id) FROM articles WHERE published IS NOT NULL GROUP BY 1;
CREATE TRIGGER article_days_insert AFTER INSERT ON articles WHEN new.published IS NOT NULL BEGIN
  INSERT INTO article_days (day, min_id, max_id) VALUES (substr(new.published, 1, 10), new.id, new.id)
    ON CONFLICT (day) DO UPDATE SET min_id = min(min_id, excluded.min_id), max_id = max(max_id, excluded.max_id);
END;
CREATE TRIGGER article_days_update AFTER UPDATE OF published ON articles WHEN new.published IS NOT NULL BEGIN
  INSERT INTO article_days (day, min_id, max_id) VALUES (substr(new.published, 1, 10), new.id, new.id)
    ON CONFLICT (day) DO UPDATE SET min_id = min(min_id, excluded.min_id), max_id = max(max_id, excluded.max_id);
END;

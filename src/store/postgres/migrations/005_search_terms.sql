-- A narrow copy of what search tests (src/store/postgres/pg-search.ts), walked newest first or read through GIN by
-- block of ids (below). Walking the articles table read each row's tsvector from TOAST (four or five buffers and
-- about 10 µs a row at a million articles); here each article is one short row of the sorted 32-bit hashes of its
-- words and of its pairs of adjacent words, kept inline (STORAGE MAIN), so the walk reads a page for several
-- articles and finds a term in a row by binary search (width_bucket) in well under a microsecond. A hash match is
-- taken as a match: a term an article does not hold shares a hash with one of its ~250 terms about once in 17
-- million articles, and BM25 then gives it no weight for the word. Phrases of three words or more are still
-- checked for order against articles.search_tsv. hashtextextended is the function hash partitioning relies on, so
-- it stays the same across upgrades.
CREATE FUNCTION search_hash(term TEXT) RETURNS INTEGER LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN (hashtextextended(term, 0) >> 32)::integer;

-- Every word of a search key and every pair of adjacent words ("a b": a phrase is looked up by its pairs), hashed,
-- once each, in ascending order.
CREATE FUNCTION search_key_hashes(key TEXT) RETURNS INTEGER[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
  SELECT coalesce(array_agg(DISTINCT h ORDER BY h), '{}') FROM (
    SELECT search_hash(CASE WHEN kind = 1 THEN w ELSE w || ' ' || nxt END) AS h
    FROM (SELECT w, lead(w) OVER (ORDER BY n) AS nxt FROM unnest(string_to_array(key, ' ')) WITH ORDINALITY AS t(w, n)) p,
      (VALUES (1), (2)) AS kinds(kind)
    WHERE w <> '' AND (kind = 1 OR nxt <> '')
  ) hashed;
END;

-- GIN over article_terms keys each hash by the block of 65,536 ids its article falls in, so the newest matches of a
-- word are looked up block by block and a window reads only its own blocks' matches: GIN over plain words handed
-- over every match in the collection (92,000 for a word in 9% of a million articles) whatever the window.
-- hashint8extended, like hashtextextended, stays the same across upgrades.
CREATE FUNCTION search_block_tag(h INTEGER, block INTEGER) RETURNS INTEGER LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN (hashint8extended((block::bigint << 32) | (h::bigint & 4294967295), 0) >> 32)::integer;
-- PL/pgSQL, so it is never inlined and keeps its cost: computed for every row, it would be a seq scan of the table,
-- and the planner must know that to prefer the index, whose keys were computed once, on insert.
CREATE FUNCTION search_block_keys(hashes INTEGER[], id INTEGER) RETURNS INTEGER[] LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
  COST 100000 AS $$
BEGIN
  RETURN ARRAY(SELECT search_block_tag(h, id >> 16) FROM unnest(hashes) h);
END $$;
-- A term's keys in every block from id lo's to id hi's.
CREATE FUNCTION search_block_tags(h INTEGER, lo INTEGER, hi INTEGER) RETURNS INTEGER[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN ARRAY(SELECT search_block_tag(h, b) FROM generate_series(lo >> 16, hi >> 16) b);

CREATE TABLE article_terms (
  id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  source TEXT NOT NULL,
  published TEXT,
  hashes INTEGER[] NOT NULL
);
ALTER TABLE article_terms ALTER COLUMN hashes SET STORAGE MAIN;

SET LOCAL maintenance_work_mem = '256MB';
INSERT INTO article_terms (id, source, published, hashes)
  SELECT id, source, published, search_key_hashes(search_key) FROM articles;
CREATE INDEX article_terms_blocks ON article_terms USING GIN (search_block_keys(hashes, id));

-- What the two GIN indexes over articles did (migrations 003 and 004), article_terms now does: they go, and with them
-- their cost on every insert. search_tsv stays for ranking (ts_rank), the order of long phrases and its statistics.
DROP INDEX articles_search;
DROP INDEX articles_search_pairs;
DROP FUNCTION search_pairs(TEXT);

-- Inserts are kept by statement (a bulk import is one statement a thousand articles); updates by row, and only
-- when what the walk tests changed (a story assignment updates articles constantly and changes none of it).
CREATE FUNCTION article_terms_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO article_terms (id, source, published, hashes)
    SELECT n.id, n.source, n.published, search_key_hashes(n.search_key) FROM new_rows n;
  RETURN NULL;
END $$;
CREATE TRIGGER article_terms_insert AFTER INSERT ON articles REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION article_terms_insert();

CREATE FUNCTION article_terms_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO article_terms (id, source, published, hashes)
    VALUES (NEW.id, NEW.source, NEW.published, search_key_hashes(NEW.search_key))
    ON CONFLICT (id) DO UPDATE SET source = excluded.source, published = excluded.published, hashes = excluded.hashes;
  RETURN NULL;
END $$;
CREATE TRIGGER article_terms_update AFTER UPDATE OF search_key, source, published ON articles FOR EACH ROW
  WHEN (OLD.search_key IS DISTINCT FROM NEW.search_key OR OLD.source IS DISTINCT FROM NEW.source
    OR OLD.published IS DISTINCT FROM NEW.published)
  EXECUTE FUNCTION article_terms_update();

-- A walk stops after a few hundred matches, sooner than parallel workers start: never plan one for this table.
ALTER TABLE article_terms SET (parallel_workers = 0);
-- Search plans its windows from how many articles hold each term (src/store/postgres/pg-search-stats.ts): keep the
-- 10,000 most common hashes, words and pairs alike.
ALTER TABLE article_terms ALTER COLUMN hashes SET STATISTICS 1000;
ANALYZE article_terms;

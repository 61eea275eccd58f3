-- Search plans from ANALYZE's statistics (src/store/postgres/pg-search-stats.ts): keep the 10,000 most common
-- lexemes rather than 1,000 (at a million articles the default keeps only those in more than 2% of them).
ALTER TABLE articles ALTER COLUMN search_tsv SET STATISTICS 1000;

-- Each article's pairs of adjacent words ("a b"), indexed by GIN. GIN over a tsvector keeps no positions, so a
-- phrase is found by reading every article that holds all its words and checking their order: «مناسب است» reads
-- the tsvector of every article with «است» and «مناسب», a tenth of a million, to find a few hundred. A pair is looked
-- up like a word, exactly, and only the articles holding it are visited. (Compounds count: «بین‌المللی» is
-- searched as the pair «بین المللی».)
CREATE FUNCTION search_pairs(key TEXT) RETURNS TEXT[] LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  words TEXT[] := string_to_array(key, ' ');
  pairs TEXT[] := '{}';
BEGIN
  FOR i IN 1 .. coalesce(cardinality(words), 0) - 1 LOOP
    pairs[i] := words[i] || ' ' || words[i + 1];
  END LOOP;
  RETURN pairs;
END $$;
SET LOCAL maintenance_work_mem = '64MB';
CREATE INDEX articles_search_pairs ON articles USING GIN (search_pairs(search_key));
ALTER INDEX articles_search_pairs ALTER COLUMN 1 SET STATISTICS 1000;

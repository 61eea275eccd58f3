-- What the store knows about itself, by name: the first is `search-key`, the fingerprint of the search key its
-- articles were keyed with (src/crawl/key-version.ts), so that a version whose key differs keys them again.
CREATE TABLE store_settings (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

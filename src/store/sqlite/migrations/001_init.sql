-- Sources, their feeds' polling state, and articles.
CREATE TABLE sources (
  slug TEXT PRIMARY KEY,
  name_fa TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  homepage TEXT NOT NULL DEFAULT '',
  feeds TEXT NOT NULL DEFAULT '[]',
  aliases TEXT NOT NULL DEFAULT '[]',
  cms TEXT,
  affiliation TEXT NOT NULL DEFAULT 'unknown',
  affiliation_citation TEXT,
  country TEXT,
  licence TEXT,
  allow_private INTEGER NOT NULL DEFAULT 0,
  added_at TEXT NOT NULL
);

CREATE TABLE source_health (
  slug TEXT PRIMARY KEY REFERENCES sources(slug) ON DELETE CASCADE,
  last_success TEXT,
  last_error TEXT,
  last_error_at TEXT,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  items_seen INTEGER NOT NULL DEFAULT 0,
  next_due TEXT,
  interval_seconds INTEGER NOT NULL DEFAULT 900
);

CREATE TABLE feed_state (
  feed_url TEXT PRIMARY KEY,
  slug TEXT NOT NULL REFERENCES sources(slug) ON DELETE CASCADE,
  etag TEXT,
  last_modified TEXT
);

CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  url TEXT NOT NULL,
  canonical_url TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  kicker TEXT NOT NULL DEFAULT '',
  lead TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  html TEXT NOT NULL DEFAULT '',
  original TEXT NOT NULL DEFAULT '{}',
  search_key TEXT NOT NULL DEFAULT '',
  published TEXT,
  modified TEXT,
  fetched TEXT NOT NULL,
  author TEXT,
  news_code TEXT,
  section TEXT,
  tags TEXT NOT NULL DEFAULT '[]',
  images TEXT NOT NULL DEFAULT '[]',
  attribution TEXT NOT NULL DEFAULT '{"reportedBy":null,"quoting":[]}',
  related TEXT NOT NULL DEFAULT '[]',
  lang TEXT NOT NULL DEFAULT 'fa',
  dir TEXT NOT NULL DEFAULT 'rtl',
  content_hash TEXT NOT NULL,
  story INTEGER,
  duplicate_of INTEGER
);
CREATE INDEX articles_published ON articles (published DESC);
CREATE INDEX articles_source_published ON articles (source, published DESC);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_story ON articles (story);

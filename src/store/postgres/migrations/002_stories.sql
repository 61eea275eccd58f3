-- Stories: one row per story the clustering stage made; articles.story points here (as 002_stories.sql on SQLite).
CREATE TABLE IF NOT EXISTS stories (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  representative INTEGER,
  first_seen TEXT NOT NULL,
  last_updated TEXT NOT NULL,
  article_count INTEGER NOT NULL DEFAULT 0,
  outlet_count INTEGER NOT NULL DEFAULT 0,
  first_reporter TEXT,
  top_terms TEXT NOT NULL DEFAULT '[]',
  entities TEXT NOT NULL DEFAULT '[]',
  merged_into INTEGER
);
CREATE INDEX IF NOT EXISTS stories_live_updated ON stories (last_updated DESC, id DESC) WHERE merged_into IS NULL;
CREATE INDEX IF NOT EXISTS articles_story_time ON articles (story, published);
CREATE INDEX IF NOT EXISTS articles_unassigned ON articles (published) WHERE story IS NULL;
CREATE TRIGGER stories_changed AFTER INSERT OR UPDATE OR DELETE ON stories FOR EACH STATEMENT EXECUTE FUNCTION store_changed();

-- Which write to the stories was the last: a process that sees a version it did not write itself knows another
-- process placed articles, and rebuilds its window before placing more (see PgStories.exclusive).
CREATE TABLE IF NOT EXISTS story_clock (only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row), version BIGINT NOT NULL);
INSERT INTO story_clock (version) VALUES (0) ON CONFLICT DO NOTHING;

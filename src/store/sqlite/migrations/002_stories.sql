-- Stories: one row per story the clustering stage made; articles.story points here.
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
  -- Set when the story was merged into an older one; links to this id lead there.
  merged_into INTEGER
);
CREATE INDEX IF NOT EXISTS stories_live_updated ON stories (last_updated DESC, id DESC) WHERE merged_into IS NULL;
CREATE INDEX IF NOT EXISTS articles_story_time ON articles (story, published);
CREATE INDEX IF NOT EXISTS articles_unassigned ON articles (published) WHERE story IS NULL;

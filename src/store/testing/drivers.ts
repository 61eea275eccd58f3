// The drivers the shared store suite runs against. PostgreSQL needs KHABAR_TEST_DATABASE_URL (CI starts it with
// .ci/postgres.sh); each store opened here gets a schema of its own, dropped when the store is closed.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PgStore } from '../postgres/pg-store.ts';
import { type Repository, repositoryOf } from '../repository.ts';
import { SqliteStore } from '../sqlite/sqlite-store.ts';

export const TEST_DATABASE_URL = process.env.KHABAR_TEST_DATABASE_URL ?? '';
export const NO_POSTGRES = TEST_DATABASE_URL ? null : 'KHABAR_TEST_DATABASE_URL is not set (bash .ci/postgres.sh starts one)';

export interface TestStore {
  store: Repository;
  /** Puts articles in a story, as the story stage would. */
  setStory(ids: number[], story: number): Promise<void>;
  /** Runs raw SQL (driver dialect) for what the interface does not expose. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  name: 'sqlite' | 'postgres';
  skip: string | null;
  open(): Promise<TestStore>;
}

/** A schema name no other test file or run uses. */
export function freshSchema(prefix = 't'): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

export function schemaUrl(schema: string): string {
  const u = new URL(TEST_DATABASE_URL);
  u.searchParams.set('schema', schema);
  return u.href;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

const sqlite: Driver = {
  name: 'sqlite',
  skip: null,
  async open() {
    const db = new SqliteStore(':memory:');
    return {
      store: repositoryOf(db),
      setStory: async (ids, story) => {
        const st = db.db.prepare('UPDATE articles SET story = ? WHERE id = ?');
        for (const id of ids) st.run(story, id);
      },
      exec: async (sql) => void db.db.exec(sql),
      close: async () => db.close(),
    };
  },
};

const postgres: Driver = {
  name: 'postgres',
  skip: NO_POSTGRES,
  async open() {
    const schema = freshSchema();
    const db = await PgStore.open(schemaUrl(schema), { poolSize: 4 });
    return {
      store: db,
      setStory: async (ids, story) => void (await db.pool.query('UPDATE articles SET story = $1 WHERE id = ANY($2::int[])', [story, ids])),
      exec: async (sql) => void (await db.pool.query(sql)),
      close: async () => {
        await db.close();
        await dropSchema(schema);
      },
    };
  },
};

export const DRIVERS: Driver[] = [sqlite, postgres];

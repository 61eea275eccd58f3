// Both migrators apply every migration not yet recorded, a lower-numbered one added later included, and take a
// database that kept only its highest version to have every migration up to it.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { type Migration, pendingMigrations } from './migrations.ts';
import { openPool, parsePgUrl } from './postgres/connect.ts';
import { migrate as migratePg } from './postgres/migrate.ts';
import { migrate as migrateSqlite } from './sqlite/migrate.ts';
import { NO_POSTGRES, dropSchema, freshSchema, schemaUrl } from './testing/drivers.ts';

const m = (version: number, sql: string): Migration => ({ version, file: `00${version}_t.sql`, sql });
const one = m(1, 'CREATE TABLE a (x INTEGER);');
const two = m(2, 'CREATE TABLE b (x INTEGER);');
const three = m(3, 'CREATE TABLE c (x INTEGER);');

describe('pendingMigrations', () => {
  it('keeps every unrecorded migration in number order, below the highest applied too', () => {
    expect(pendingMigrations([one, two, three], new Set([1, 3])).map((x) => x.version)).toEqual([2]);
    expect(pendingMigrations([one, two, three], new Set()).map((x) => x.version)).toEqual([1, 2, 3]);
  });
});

describe('SQLite migrator', () => {
  const tables = (db: Database.Database) =>
    db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('a', 'b', 'c') ORDER BY name`).pluck().all();

  it('applies a migration numbered below one already applied, once', () => {
    const db = new Database(':memory:');
    expect(migrateSqlite(db, [one, three])).toEqual([1, 3]);
    expect(migrateSqlite(db, [one, two, three])).toEqual([2]);
    expect(migrateSqlite(db, [one, two, three])).toEqual([]);
    expect(tables(db)).toEqual(['a', 'b', 'c']);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
  });

  it('takes a database that kept only user_version to have every migration up to it', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE a (x INTEGER); CREATE TABLE b (x INTEGER);');
    db.pragma('user_version = 2');
    expect(migrateSqlite(db, [one, two, three])).toEqual([3]);
    expect(tables(db)).toEqual(['a', 'b', 'c']);
  });

  it('applies nothing of a failing migration, and tries it again next time', () => {
    const db = new Database(':memory:');
    expect(() => migrateSqlite(db, [one, m(2, 'CREATE TABLE b (x INTEGER); SELECT * FROM missing;')])).toThrow(/missing/);
    expect(tables(db)).toEqual(['a']);
    expect(migrateSqlite(db, [one, two])).toEqual([2]);
  });
});

describe.skipIf(NO_POSTGRES !== null)(NO_POSTGRES ?? 'PostgreSQL migrator', () => {
  it('applies a migration numbered below one already applied, and upgrades a schema_version schema', async () => {
    const schema = freshSchema('mig');
    const pool = await openPool(parsePgUrl(schemaUrl(schema)), 1);
    const client = await pool.connect();
    try {
      expect(await migratePg(client, [one, three])).toEqual([1, 3]);
      expect(await migratePg(client, [one, two, three])).toEqual([2]);
      expect(await migratePg(client, [one, two, three])).toEqual([]);
      await client.query('DROP TABLE schema_migrations; DROP TABLE c; CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (2)');
      expect(await migratePg(client, [one, two, three])).toEqual([3]);
      const { rows } = await client.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = $1 AND tablename IN ('a', 'b', 'c') ORDER BY 1`, [schema]);
      expect(rows.map((r) => r.t)).toEqual(['a', 'b', 'c']);
    } finally {
      client.release();
      await pool.end();
      await dropSchema(schema);
    }
  });
});

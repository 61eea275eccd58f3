import type pg from 'pg';
import { type Migration, pendingMigrations, readMigrations, versionsUpTo } from '../migrations.ts';

const MIGRATIONS = new URL('./migrations/', import.meta.url);

/**
 * Applies every numbered migration (NNN_name.sql, numbered as the SQLite driver's) not yet recorded in
 * schema_migrations, lower numbers included, in number order, all in one transaction under an advisory lock:
 * many workers starting at once migrate exactly once. Returns the versions applied by this call.
 */
export async function migrate(client: pg.ClientBase, all: Migration[] = readMigrations(MIGRATIONS)): Promise<number[]> {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('khabar-migrate:' || current_schema()))`);
    const { rows: has } = await client.query(`SELECT to_regclass('schema_migrations') IS NOT NULL AS present`);
    if (!has[0]?.present) {
      await client.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ)');
      // A schema from before the record kept only its highest version (schema_version); all below it were applied.
      const { rows: old } = await client.query<{ present: boolean }>(`SELECT to_regclass('schema_version') IS NOT NULL AS present`);
      if (old[0]?.present) {
        const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_version');
        const legacy = versionsUpTo(all, rows[0]?.v ?? 0);
        if (legacy.length) await client.query('INSERT INTO schema_migrations (version) SELECT unnest($1::int[])', [legacy]);
      }
    }
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done: number[] = [];
    for (const m of pendingMigrations(all, new Set(rows.map((r) => r.version)))) {
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, now())', [m.version]);
      done.push(m.version);
    }
    await client.query('COMMIT');
    return done;
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}

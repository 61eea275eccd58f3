import { readFileSync, readdirSync } from 'node:fs';
import type pg from 'pg';

const MIGRATIONS = new URL('./migrations/', import.meta.url);

/**
 * Applies numbered migrations (NNN_name.sql, numbered as the SQLite driver's) above the schema's version, all in
 * one transaction under an advisory lock: many workers starting at once migrate exactly once.
 */
export async function migrate(client: pg.ClientBase): Promise<number> {
  const files = readdirSync(MIGRATIONS)
    .filter((f) => /^\d{3}_.+\.sql$/.test(f))
    .sort();
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('khabar-migrate:' || current_schema()))`);
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_version');
    const current = rows[0]?.v ?? 0;
    let version = current;
    for (const file of files) {
      const n = Number(file.slice(0, 3));
      if (n <= current) continue;
      await client.query(readFileSync(new URL(file, MIGRATIONS), 'utf8'));
      version = n;
    }
    if (version !== current) {
      await client.query('DELETE FROM schema_version');
      await client.query('INSERT INTO schema_version (version) VALUES ($1)', [version]);
    }
    await client.query('COMMIT');
    return version;
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}

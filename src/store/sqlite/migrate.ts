import type Database from 'better-sqlite3';
import { type Migration, pendingMigrations, readMigrations, versionsUpTo } from '../migrations.ts';

const MIGRATIONS = new URL('./migrations/', import.meta.url);

/**
 * Applies every numbered migration (NNN_name.sql) not yet recorded in schema_migrations, in number order, each in
 * one transaction with its record. user_version keeps the highest applied number, for tools that read it. Returns
 * the versions applied by this call.
 */
export function migrate(db: Database.Database, all: Migration[] = readMigrations(MIGRATIONS)): number[] {
  db.transaction(() => {
    if (db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).get()) return;
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT)');
    // A database from before the record: user_version was its highest migration, and all below it were applied then.
    const legacy = db.pragma('user_version', { simple: true }) as number;
    const record = db.prepare('INSERT INTO schema_migrations (version) VALUES (?)');
    for (const v of versionsUpTo(all, legacy)) record.run(v);
  })();
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  const done: number[] = [];
  for (const m of pendingMigrations(all, applied)) {
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(m.version, new Date().toISOString());
      const top = db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number;
      db.pragma(`user_version = ${top}`);
    })();
    done.push(m.version);
  }
  return done;
}

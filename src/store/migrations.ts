import { readFileSync, readdirSync } from 'node:fs';

/** One numbered migration file (NNN_name.sql). */
export interface Migration {
  version: number;
  file: string;
  sql: string;
}

/** The migrations in a folder, in number order; two files with one number are an error, not a silent choice. */
export function readMigrations(dir: URL): Migration[] {
  const out: Migration[] = [];
  for (const file of readdirSync(dir).filter((f) => /^\d{3}_.+\.sql$/.test(f)).sort()) {
    const version = Number(file.slice(0, 3));
    const twin = out.find((m) => m.version === version);
    if (twin) throw new Error(`${file}: migration ${version} is numbered as ${twin.file} too`);
    out.push({ version, file, sql: readFileSync(new URL(file, dir), 'utf8') });
  }
  return out;
}

/**
 * The migrations still to apply: every one not recorded as applied, lower numbers included. A migration numbered
 * below one already applied (written on a branch, merged later) is applied, in order, rather than skipped, which
 * is what comparing with a single version number would do.
 */
export function pendingMigrations(all: Migration[], applied: ReadonlySet<number>): Migration[] {
  return all.filter((m) => !applied.has(m.version));
}

/**
 * The versions a database that kept only its highest version (before each applied migration was recorded) is taken
 * to have: every migration up to that number.
 */
export function versionsUpTo(all: Migration[], version: number): number[] {
  return all.filter((m) => m.version <= version).map((m) => m.version);
}

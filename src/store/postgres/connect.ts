import pg from 'pg';

export interface PgTarget {
  /** The connection URL without Khabar's own parameters. */
  connectionString: string;
  /** The schema the tables live in (`?schema=NAME` on the URL); `public` when not given. */
  schema: string;
}

/** Reads `postgres://user:pass@host:port/db?schema=NAME`. Throws one line naming the URL's problem. */
export function parsePgUrl(url: string): PgTarget {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`${url}: not a database URL (postgres://user:password@host:5432/database)`);
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
    throw new Error(`${url}: not a PostgreSQL URL (postgres://user:password@host:5432/database)`);
  }
  const schema = u.searchParams.get('schema') ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`${url}: schema=${schema} is not a plain lower-case name`);
  u.searchParams.delete('schema');
  return { connectionString: u.href, schema };
}

// Counts come back as bigint strings; ids and counts here fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/** A pool whose connections see `schema` first; the schema is made when missing. */
export async function openPool(target: PgTarget, max = 10): Promise<pg.Pool> {
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max,
    // No JIT: it pays off for long analytic queries, while every query here lasts milliseconds, and a search's
    // estimated cost (GIN's matches rechecked) would have it spend 100 ms compiling one.
    options: `-c search_path=${target.schema} -c jit=off`,
    application_name: 'khabar',
  });
  pool.on('error', () => undefined); // an idle client's broken connection is replaced on the next query
  try {
    if (target.schema !== 'public') await pool.query(`CREATE SCHEMA IF NOT EXISTS ${target.schema}`);
  } catch (err) {
    const code = (err as { code?: string }).code;
    // Two processes creating the schema at once: the loser sees a duplicate, which is what it wanted.
    if (code !== '23505' && code !== '42P06') {
      await pool.end();
      throw new Error(`${redact(target.connectionString)}: ${(err as Error).message}`);
    }
  }
  return pool;
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.href;
  } catch {
    return url;
  }
}

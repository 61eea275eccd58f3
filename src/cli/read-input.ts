import { readFile } from 'node:fs/promises';
import { DEFAULT_HTTP_OPTIONS, HttpClient, decodeDocument } from '../fetch/index.ts';

/** A command's FILE|URL argument, decoded like a fetched page (BOM, header, <meta>/XML charset, windows-1256). */
export async function readInput(input: string, opts: { allowPrivate?: boolean }): Promise<{ text: string; url: string }> {
  if (/^https?:\/\//i.test(input)) {
    const http = new HttpClient({ ...DEFAULT_HTTP_OPTIONS, perHostSpacingMs: 0 });
    try {
      const res = await http.get(input, { allowPrivate: opts.allowPrivate ?? false });
      return { text: res.text(), url: res.url };
    } finally {
      await http.close();
    }
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(input);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(`${input}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (err as Error).message}`);
  }
  return { text: decodeDocument(bytes).text, url: '' };
}

/** Runs `each` over every input; failures become `{input, error}` records, never a stop. */
export async function forEachInput<T>(inputs: string[], each: (input: string) => Promise<T>): Promise<({ input: string } & ({ value: T } | { error: string }))[]> {
  const out = [];
  for (const input of inputs) {
    try {
      out.push({ input, value: await each(input) });
    } catch (err) {
      out.push({ input, error: (err as Error).message });
    }
  }
  return out;
}

/** Prints results as --json (one document, or an array for several inputs) or --jsonl; errors go to stderr too. */
export function printResults<T>(results: ({ input: string } & ({ value: T } | { error: string }))[], jsonl: boolean): void {
  for (const r of results) if ('error' in r) process.stderr.write(`${r.error.startsWith(r.input) ? '' : `${r.input}: `}${r.error}\n`);
  if (jsonl) {
    for (const r of results) process.stdout.write(`${JSON.stringify('error' in r ? { input: r.input, error: r.error } : r.value)}\n`);
  } else {
    const ok = results.filter((r) => 'value' in r).map((r) => (r as { value: T }).value);
    if (results.length === 1) {
      if (ok[0] !== undefined) process.stdout.write(`${JSON.stringify(ok[0], null, 2)}\n`);
    } else process.stdout.write(`${JSON.stringify(ok, null, 2)}\n`);
  }
  if (results.some((r) => 'error' in r)) process.exitCode = 1;
}

import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { clusterLines } from '../../stories/cluster-jsonl.ts';

async function cluster(file: string): Promise<void> {
  let text: string;
  try {
    text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (err as Error).message}`);
  }
  const lines = text.split(/\r?\n/);
  if (process.stderr.isTTY && lines.length > 20_000) process.stderr.write(`clustering ${lines.length} lines…\n`);
  const { output, errors } = clusterLines(lines, file === '-' ? 'stdin' : file);
  for (const e of errors) process.stderr.write(`${e}\n`);
  process.stdout.write(output.length ? `${output.join('\n')}\n` : '');
  if (errors.length) process.exitCode = 1;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function registerCluster(program: Command): void {
  program
    .command('cluster')
    .description('group articles into stories: JSON lines {id, title, lead?, text?, source, published} in, {id, story, duplicateOf?} out')
    .argument('<file>', 'a JSON-lines file, or - for standard input')
    .action(cluster);
}

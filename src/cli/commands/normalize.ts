import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { normalizeDisplay, searchKey } from '../../persian/index.ts';

async function normalize(flags: { key?: boolean }): Promise<void> {
  const fn = flags.key ? searchKey : normalizeDisplay;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    process.stdout.write(`${fn(line)}\n`);
  }
}

export function registerNormalize(program: Command): void {
  program
    .command('normalize')
    .description('read Persian text on stdin, write it normalized to stdout, line for line')
    .option('--key', 'write search keys instead of the display form')
    .action(normalize);
}

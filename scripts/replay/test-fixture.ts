// A small corpus for tests: the real outlets.json plus a hand-written content file (test-fixture/content.json),
// copied into a temp dir and built there, so tests never touch fixtures/replay.
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReplay, type BuildResult } from './generate.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURE_CONTENT = join(here, 'test-fixture/content.json');
export const OUTLETS_FILE = join(here, '../../fixtures/replay/outlets.json');

export interface BuiltFixture extends BuildResult {
  dir: string;
  remove(): Promise<void>;
}

export async function buildFixture(): Promise<BuiltFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'khabar-replay-'));
  await mkdir(join(dir, 'content'));
  await copyFile(FIXTURE_CONTENT, join(dir, 'content/fixture.json'));
  await copyFile(OUTLETS_FILE, join(dir, 'outlets.json'));
  const result = await buildReplay(dir);
  return { ...result, dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

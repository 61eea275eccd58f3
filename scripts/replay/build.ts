// `npm run replay:build [-- DIR]`: regenerates the replay corpus (default: fixtures/replay) from its content.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReplay } from './generate.ts';

const here = dirname(fileURLToPath(import.meta.url));
const dir = resolve(process.argv[2] ?? join(here, '../../fixtures/replay'));

try {
  const { manifest, files, redirects } = await buildReplay(dir);
  const events = Object.keys(manifest.events).length;
  console.log(
    `replay: ${manifest.articles.length} articles in ${events} events from ${manifest.outlets.length} outlets; ` +
      `${files} files and ${redirects} short links written to ${dir}`,
  );
} catch (e) {
  console.error(`replay build failed for ${dir}: ${(e as Error).message}`);
  process.exit(1);
}

// npm run build:wasm — compiles the WebAssembly the stories stage runs (src/stories/text/text-scan.c) with
// Debian's clang and lld (apt-get install clang lld): wasm32, no libc, memory.fill for the zeroing loops.
// The .wasm is committed beside its source, so installing Khabar needs no compiler; a test rebuilds it
// (where clang is installed) and fails if the committed file is not what the source compiles to.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const TEXT_SCAN_SOURCE = fileURLToPath(new URL('../../src/stories/text/text-scan.c', import.meta.url));
export const TEXT_SCAN_WASM = fileURLToPath(new URL('../../src/stories/text/text-scan.wasm', import.meta.url));

/** Whether clang can build WebAssembly here (it needs wasm-ld, from lld). */
export function canBuildWasm(): boolean {
  try {
    execFileSync('clang', ['--version'], { stdio: 'ignore' });
    execFileSync('wasm-ld', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Compiles text-scan.c to `out`. */
export function buildTextScan(out: string): void {
  execFileSync(
    'clang',
    [
      '--target=wasm32', '-O2', '-mbulk-memory', '-nostdlib', '-Wall', '-Wextra', '-Werror',
      '-Wl,--no-entry', '-Wl,--export=__heap_base', '-Wl,--strip-all',
      '-o', out, TEXT_SCAN_SOURCE,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!canBuildWasm()) {
    console.error('build:wasm: clang and wasm-ld not found; install them with: apt-get install -y clang lld');
    process.exit(1);
  }
  buildTextScan(TEXT_SCAN_WASM);
  console.log(`build:wasm: wrote ${TEXT_SCAN_WASM}`);
}

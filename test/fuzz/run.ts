// `npm run fuzz`: the properties of test/fuzz at length, with a fresh seed unless one is given, and a tight time
// bound per call. Prints each property's result; a failure prints the function, the error and the smallest input
// fast-check found, and the seed and path that replay it.
//
//   npm run fuzz -- [--runs N] [--seed S] [--bound MS] [--only TEXT] [--qualities] [--extremes]
//
// --qualities adds the properties that do not hold yet; --extremes runs every extreme input (in-suite or not) once.
import fc from 'fast-check';
import { EXTREMES, type Timer } from './extremes.ts';
import { CONTRACTS, type FuzzProperty, QUALITIES } from './properties.ts';
import { SEARCH_CONTRACTS } from './search-properties.ts';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function number(name: string, fallback: number): number {
  const raw = flag(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} ${raw}: not a whole number`);
  return n;
}

async function main(): Promise<number> {
  const runs = number('runs', 5000);
  const seed = number('seed', Math.floor(Math.random() * 2 ** 31));
  const bound = number('bound', 2000);
  const only = flag('only');
  const props: FuzzProperty[] = [...CONTRACTS, ...SEARCH_CONTRACTS, ...(process.argv.includes('--qualities') ? QUALITIES : [])].filter(
    (p) => !only || p.name.includes(only),
  );
  console.log(`fuzz: ${props.length} properties, ${runs} runs each, seed ${seed}, bound ${bound} ms a call`);
  let failed = 0;
  for (const p of props) {
    const start = performance.now();
    const r = await fc.check(p.property(bound), { numRuns: runs, seed });
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    if (!r.failed) {
      console.log(`  ok    ${p.name} (${r.numRuns} runs, ${seconds} s)`);
      continue;
    }
    failed++;
    const error = r.errorInstance instanceof Error ? r.errorInstance.message : String(r.errorInstance);
    console.log(`  FAIL  ${p.name} (after ${r.numRuns} runs, ${seconds} s)`);
    console.log(`        ${error.split('\n')[0]}`);
    console.log(`        input: ${JSON.stringify(r.counterexample?.[0]).slice(0, 2000)}`);
    const quality = QUALITIES.includes(p) ? ' --qualities' : '';
    console.log(`        replay: npm run fuzz -- --only "${p.name}" --seed ${r.seed} --runs ${runs}${quality}  (path ${r.counterexamplePath})`);
  }
  console.log(failed ? `${failed} of ${props.length} properties failed` : `all ${props.length} properties hold`);
  return failed || (process.argv.includes('--extremes') && extremes(bound, only)) ? 1 : 0;
}

/** Every extreme input once, the call timed (not the check of its result); returns how many failed or overran the bound. */
function extremes(bound: number, only: string | undefined): number {
  const cases = EXTREMES.filter((x) => !only || `${x.fn}: ${x.name}`.includes(only));
  console.log(`extremes: ${cases.length} inputs, bound ${bound} ms a call`);
  let failed = 0;
  for (const x of cases) {
    let spent = 0;
    const time: Timer = (f) => {
      const start = performance.now();
      try {
        return f();
      } finally {
        spent += performance.now() - start;
      }
    };
    let problem: string | null;
    try {
      problem = x.run(time);
    } catch (err) {
      problem = `threw ${(err as Error).name}: ${(err as Error).message.split('\n')[0]}`;
    }
    const ms = Math.round(spent);
    if (!problem && ms > bound) problem = `over the bound`;
    if (problem) failed++;
    console.log(`  ${problem ? 'FAIL' : 'ok  '}  ${x.fn}: ${x.name}: ${ms} ms${problem ? ` — ${problem}` : ''}`);
  }
  return failed;
}

main().then(
  (code) => (process.exitCode = code),
  (err: Error) => {
    console.error(err.message);
    process.exitCode = 2;
  },
);

/**
 * `npm run lighthouse`: Lighthouse (mobile, its default simulated slow 4G and slow CPU) on the
 * catalogue, the join page and the student's live page, against the production server on a free
 * port with a temporary data dir. Prints a table and one JSON line. Builds only when dist/ is stale.
 *
 * Chromium from CHROMIUM_PATH, else /usr/bin/chromium. LIGHTHOUSE_RUNS (default 3) runs per page;
 * the median score is reported.
 */
import { existsSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ensureBuilt, startBuiltServer } from '../e2e/built-server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
} as const;

interface Result {
  page: string;
  score: number;
  scores: number[];
  metrics: Record<keyof typeof METRICS, number>;
  transferBytes: number;
}

if (!existsSync(CHROMIUM)) {
  console.error(`Geen Chromium op ${CHROMIUM}; zet CHROMIUM_PATH (Debian/Ubuntu: sudo apt-get install -y chromium).`);
  process.exit(1);
}
ensureBuilt();
const server = await startBuiltServer();
const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function measure(page: string): Promise<Result> {
  const runs: { score: number; metrics: Record<keyof typeof METRICS, number>; transferBytes: number }[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const outcome = await lighthouse(server.url + page, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const lhr = outcome?.lhr;
    if (!lhr) throw new Error(`Lighthouse gave no result for ${page}`);
    if (lhr.runtimeError) throw new Error(`${page}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    runs.push({
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      metrics: {
        fcp: metric(METRICS.fcp),
        lcp: metric(METRICS.lcp),
        tbt: metric(METRICS.tbt),
        cls: metric(METRICS.cls),
        si: metric(METRICS.si),
      },
      transferBytes: metric('total-byte-weight'),
    });
  }
  const middle = median(runs.map((run) => run.score));
  const chosen = runs.find((run) => run.score === middle) ?? runs[0];
  if (!chosen) throw new Error('no runs');
  return { page, score: middle, scores: runs.map((run) => run.score), metrics: chosen.metrics, transferBytes: chosen.transferBytes };
}

const results: Result[] = [];
try {
  for (const [label, page] of [
    ['/', '/'],
    ['/join', '/join'],
    ['/join/<code>', `/join/${server.joinCode}`],
  ] as const) {
    results.push({ ...(await measure(page)), page: label });
  }
} finally {
  chrome.kill();
  await server.close();
}

const ms = (value: number) => `${Math.round(value)} ms`;
console.log('\nLighthouse (mobile), prestatiescore, mediaan van', RUNS, 'runs\n');
console.log('| Pagina | Score | Runs | FCP | LCP | TBT | CLS | Speed Index | Over de lijn |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const result of results) {
  const { fcp, lcp, tbt, cls, si } = result.metrics;
  console.log(
    `| \`${result.page}\` | ${result.score} | ${result.scores.join(', ')} | ${ms(fcp)} | ${ms(lcp)} | ${ms(tbt)} | ${cls.toFixed(3)} | ${ms(si)} | ${(result.transferBytes / 1000).toFixed(1)} KB |`,
  );
}
console.log(
  `\n${JSON.stringify({ lighthouse: results.map(({ page, score, scores, metrics, transferBytes }) => ({ page, score, scores, ...metrics, transferBytes })) })}`,
);
process.exitCode = results.every((result) => result.score >= 95) ? 0 : 1;

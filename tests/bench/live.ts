/**
 * The live-lesson benchmark: N student sockets through the real protocol against the app and, in the
 * same run, the same clients against a bare Socket.IO room. With `--nodes 3` the app also runs as
 * three nodes sharing PostgreSQL and Redis. Prints a table and one JSON line.
 *
 *   npm run bench -- [--students 1000] [--sessions 1] [--rounds 5] [--nodes 1]
 */
import { parseArgs } from 'node:util';
import { appFlavour, bareFlavour, quantile, type Flavour } from './clients.ts';
import { measure, QUIZ, type Figures, type Load } from './measure.ts';
import { startTarget } from './servers.ts';

const { values: flags } = parseArgs({
  options: {
    students: { type: 'string', default: '1000' },
    sessions: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '5' },
    burstMs: { type: 'string', default: '1000' },
    nodes: { type: 'string', default: '1' },
    /** Writes a CPU profile of each app server process into this folder. */
    profile: { type: 'string' },
  },
});
const load: Load = {
  students: Number(flags.students),
  sessions: Number(flags.sessions),
  rounds: Number(flags.rounds),
  burstMs: Number(flags.burstMs),
};
const NODES = Number(flags.nodes);
const POSTGRES_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function run(flavour: Flavour, nodes: number): Promise<Figures> {
  const target = await startTarget({
    mode: flavour.name,
    nodes,
    postgresUrl: POSTGRES_URL,
    redisUrl: REDIS_URL,
    profileDir: flags.profile,
  });
  try {
    return await measure(flavour, target, load);
  } finally {
    await target.stop();
  }
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const summary = (figures: Figures) => ({
  fanoutP50Ms: round1(quantile(figures.fanout, 0.5)),
  fanoutP99Ms: round1(quantile(figures.fanout, 0.99)),
  ackP50Ms: round1(quantile(figures.acks, 0.5)),
  ackP99Ms: round1(quantile(figures.acks, 0.99)),
  answersSent: load.students,
  answersAcked: figures.answersAcked,
  answersStored: figures.answersStored,
  resultsLagMs: round1(figures.resultsLagMs),
  joinAllMs: round1(figures.joinAllMs),
  rssPerStudentKB: round1(figures.rssPerStudentKB),
});

const bare = await run(bareFlavour, 1);
const oneNode = await run(appFlavour(QUIZ), 1);
const cluster = NODES > 1 ? await run(appFlavour(QUIZ), NODES) : null;

const columns: [string, Figures][] = [
  ['app, 1 node', oneNode],
  ...(cluster ? [[`app, ${NODES} nodes`, cluster] as [string, Figures]] : []),
  ['bare Socket.IO', bare],
];
const rows: [string, (figures: Figures, name: string) => string | number][] = [
  ['slide change fan-out p50 (ms)', (f) => summary(f).fanoutP50Ms],
  ['slide change fan-out p99 (ms)', (f) => summary(f).fanoutP99Ms],
  ['answer ack p50 (ms)', (f) => summary(f).ackP50Ms],
  ['answer ack p99 (ms)', (f) => summary(f).ackP99Ms],
  [
    'answers sent / acked / stored',
    (f, name) => `${load.students} / ${f.answersAcked} / ${name.startsWith('bare') ? '-' : f.answersStored}`,
  ],
  ['results complete after last ack (ms)', (f, name) => (name.startsWith('bare') ? '-' : round1(f.resultsLagMs))],
  ['all students joined (ms)', (f) => round1(f.joinAllMs)],
  ['server memory per student (KB)', (f) => round1(f.rssPerStudentKB)],
  ['server CPU: joins (ms)', (f) => Math.round(f.cpuMs.join)],
  ['server CPU: slide changes (ms)', (f) => Math.round(f.cpuMs.fanout)],
  ['server CPU: answers until results shown (ms)', (f) => Math.round(f.cpuMs.answers)],
];
const width = 44;
console.log(
  `\n${load.students} students in ${load.sessions} session(s), ${load.rounds} slide changes, answers within ${load.burstMs} ms\n`,
);
console.log(`| ${'measure'.padEnd(width)} | ${columns.map(([name]) => name.padStart(18)).join(' | ')} |`);
console.log(`|${'-'.repeat(width + 2)}|${columns.map(() => '-'.repeat(20)).join('|')}|`);
for (const [label, cell] of rows)
  console.log(`| ${label.padEnd(width)} | ${columns.map(([name, figures]) => String(cell(figures, name)).padStart(18)).join(' | ')} |`);

const main = summary(cluster ?? oneNode);
console.log(
  JSON.stringify({
    students: load.students,
    sessions: load.sessions,
    nodes: NODES,
    ...main,
    bareFanoutP50Ms: summary(bare).fanoutP50Ms,
    bareFanoutP99Ms: summary(bare).fanoutP99Ms,
    bareAckP50Ms: summary(bare).ackP50Ms,
    bareAckP99Ms: summary(bare).ackP99Ms,
    bareJoinAllMs: summary(bare).joinAllMs,
    bareRssPerStudentKB: summary(bare).rssPerStudentKB,
    ...(cluster ? { oneNode: summary(oneNode) } : {}),
  }),
);
process.exit(0);

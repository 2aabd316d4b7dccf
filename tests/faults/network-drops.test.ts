import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it, onTestFailed } from 'vitest';
import { openSqliteStore, type Store } from '../../server/storage/index.ts';
import type { SessionState } from '../../src/shared/session/state.ts';
import { startNode, type Node } from '../integration/cluster.ts';
import { checkStored, classInSession } from './class.ts';
import { openFlakyLine, type FlakyLine } from './flaky-network.ts';
import { waitFor } from './phone.ts';

const STUDENTS = 100;
/** Share of the class whose network drops during the burst. */
const DROPPING = 0.4;
const dataDir = mkdtempSync(path.join(tmpdir(), 'lesplatform-drops-'));
let store: Store<SessionState>;
let node: Node | undefined;
const lines: FlakyLine[] = [];

afterAll(async () => {
  for (const line of lines) line.close();
  await node?.stop();
  await store?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A whole number in [min, max], from a seeded generator so a failing run can be repeated (SEED=…). */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  return (min: number, max: number) => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return min + (state % (max - min + 1));
  };
}

it(`${STUDENTS} students answering while the network of ${DROPPING * 100}% of them drops for 5 to 30 s: every answer stored once`, async () => {
  const seed = Number(process.env.SEED ?? Date.now() % 100_000);
  const random = seededRandom(seed);
  store = await openSqliteStore<SessionState>({ dataDir });
  node = await startNode({ DATA_DIR: dataDir, DATABASE_URL: undefined, REDIS_URL: undefined, TRUST_PROXY: '1' });
  onTestFailed(() => console.error(`seed ${seed}; the node said:\n${node?.log()}`));
  for (let index = 0; index < STUDENTS; index += 1) lines.push(await openFlakyLine(node.port));
  const { session, teacher, phones } = await classInSession(
    store,
    (index) => (index < 0 ? (node as Node).url : (lines[index] as FlakyLine).url),
    STUDENTS,
  );

  // Answers come in over three seconds; drops start in the same seconds, some just before a phone
  // answers (it answers offline), some just after (the answer or its ack is lost on the way).
  const started = performance.now();
  const sent: string[] = [];
  const drops: Promise<void>[] = [];
  const timers: Promise<void>[] = phones.map(
    (phone, index) =>
      new Promise<void>((resolve) =>
        setTimeout(
          () => {
            sent.push(phone.answer('quiz-kosten', { kind: 'quiz', choices: [index % 2 ? 'A' : 'B'] }));
            resolve();
          },
          random(0, 3000),
        ),
      ),
  );
  const dropping = phones.map((_, index) => index).filter(() => random(1, 100) <= DROPPING * 100);
  for (const index of dropping) {
    const kind = random(0, 1) === 0 ? 'both' : 'down';
    const ms = random(5_000, 30_000);
    drops.push(new Promise<void>((resolve) => setTimeout(resolve, random(0, 3000))).then(() => (lines[index] as FlakyLine).drop(ms, kind)));
  }
  await Promise.all(timers);
  await Promise.all(drops);
  await waitFor('every answer delivered', () => phones.every((phone) => phone.outbox()?.state().pending.length === 0), 90_000);
  const settled = (performance.now() - started) / 1000;

  const result = await checkStored(store, session.id, phones, sent, new Set());
  const retried = phones.filter((phone) => [...phone.sends.values()].some((count) => count > 1)).length;
  console.log(
    `network drops (seed ${seed}): ${dropping.length} of ${STUDENTS} phones dropped for 5-30 s; ${retried} sent their answer more than once; ` +
      `all settled after ${settled.toFixed(1)} s; ${result.acked} acknowledged, ${result.stored} stored, ${result.stored - result.distinctClientIds} twice`,
  );
  expect(result).toMatchObject({ stored: STUDENTS, distinctParticipants: STUDENTS, distinctClientIds: STUDENTS, acked: STUDENTS });
  expect(result.lostAcked).toEqual([]);
  expect(result.unsent).toEqual([]);
  for (const phone of phones) phone.close();
  teacher.close();
}, 180_000);

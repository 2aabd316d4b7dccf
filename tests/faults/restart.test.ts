import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it, onTestFailed } from 'vitest';
import { openSqliteStore, type Store } from '../../server/storage/index.ts';
import type { SessionState } from '../../src/shared/session/state.ts';
import { startNode, type Node } from '../integration/cluster.ts';
import { burst, checkStored, classInSession, freePort } from './class.ts';
import { waitFor } from './phone.ts';

const STUDENTS = 300;
const dataDir = mkdtempSync(path.join(tmpdir(), 'lesplatform-kill-'));
let store: Store<SessionState>;
const nodes: Node[] = [];

afterAll(async () => {
  await Promise.all(nodes.map((node) => node.stop()));
  await store?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

it(`kill -9 of the server during an answer burst of ${STUDENTS} students, then a restart on the same data`, async () => {
  store = await openSqliteStore<SessionState>({ dataDir });
  const port = await freePort();
  const env = { DATA_DIR: dataDir, DATABASE_URL: undefined, REDIS_URL: undefined, PORT: String(port), TRUST_PROXY: '1' };
  nodes.push(await startNode(env));
  onTestFailed(() => nodes.forEach((node, index) => console.error(`node ${index + 1} said:\n${node.log()}`)));
  const url = `http://127.0.0.1:${port}`;
  const { session, teacher, phones } = await classInSession(store, () => url, STUDENTS);
  const slide = teacher.state()?.slide;

  // The whole class answers at once; the server dies while the answers are coming in.
  const sent = burst(phones);
  const ackedCount = () => phones.reduce((sum, phone) => sum + phone.acked.size, 0);
  await waitFor('the first answers acknowledged', () => ackedCount() >= STUDENTS / 5, 30_000, 1);
  nodes[0]?.process.kill('SIGKILL');
  const killedAt = performance.now();
  const ackedBeforeKill = new Set(phones.flatMap((phone) => [...phone.acked]));
  await waitFor('every phone saw the connection drop', () => phones.every((phone) => !phone.socket.connected));

  const droppedAt = performance.now();
  nodes.push(await startNode(env));
  const restartedAt = performance.now();
  const back = (phone: (typeof phones)[number]) => phone.socket.connected && phone.stateAt() > killedAt && phone.state()?.slide === slide;
  await waitFor('every phone back on the same slide', () => phones.every(back), 30_000);
  const backTimes = phones.map((phone) => (phone.stateAt() - restartedAt) / 1000).sort((a, b) => a - b);
  const lastBack = Math.max(...phones.map((phone) => phone.stateAt()));
  const median = backTimes[Math.floor(backTimes.length / 2)] ?? Number.NaN;
  await Promise.all(phones.map((phone) => phone.drained()));

  const result = await checkStored(store, session.id, phones, sent, ackedBeforeKill);
  const recovery = { sinceKill: (lastBack - killedAt) / 1000, sinceRestart: (lastBack - restartedAt) / 1000 };
  console.log(
    `kill -9 during a burst of ${STUDENTS}: ${ackedBeforeKill.size} answers acknowledged before the kill; ` +
      `every phone back on slide ${slide} ${recovery.sinceKill.toFixed(1)} s after the kill ` +
      `(${recovery.sinceRestart.toFixed(1)} s after the restarted server listened, half of them within ${median.toFixed(1)} s; ` +
      `starting it took ${((restartedAt - droppedAt) / 1000).toFixed(1)} s); ${result.acked} acknowledged, ${result.stored} stored, ` +
      `${result.stored - result.distinctParticipants} twice`,
  );
  expect(recovery.sinceRestart).toBeLessThan(10);
  expect(result).toMatchObject({ stored: STUDENTS, distinctParticipants: STUDENTS, distinctClientIds: STUDENTS, acked: STUDENTS });
  expect(result.lostAcked).toEqual([]);
  expect(result.unsent).toEqual([]);
  for (const phone of phones) phone.close();
  teacher.close();
}, 180_000);

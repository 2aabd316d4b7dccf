import { afterEach, describe, expect, it } from 'vitest';
import type { ClassEntry } from '../../src/widgets/definition.ts';
import type { QuestionsResults } from '../../src/widgets/questions/widget.ts';
import { command, join, next, openClient, startHarness, teacherWithSession, until, type Client, type Harness } from './live-harness.ts';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

const RMP = 'relatiebeheer/relatiemanagementplan';
const ITEM = 'vragen-plan';
const asked = (...texts: string[]) => texts.map((text, index) => ({ n: index + 1, text }));
let answerCount = 0;
const submit = (client: Client, value: { asked: { n: number; text: string }[]; votes: string[] }) =>
  command(client, 'answer:submit', {
    itemId: ITEM,
    clientAnswerId: `q-${(answerCount += 1)}-abcdefgh`,
    value: { kind: 'questions', ...value },
  });
/** The next view of the class's questions on a phone that matches. */
const classView = (client: Client, match: (entries: ClassEntry[]) => boolean) =>
  until(client, 'results:class', (payload) => payload.itemId === ITEM && match(payload.entries)).then((payload) => payload.entries);
const texts = (entries: readonly { text: string }[]) => entries.map((entry) => entry.text);

describe('questions from the class over real sockets', () => {
  it('students ask and vote without names, the teacher marks and hides, and every phone follows', async () => {
    harness = await startHarness();
    const { cookie, session } = await teacherWithSession(harness, RMP);
    const teacher = await join(harness, { role: 'teacher', sessionId: session.id }, cookie);
    const ada = await join(harness, { role: 'student', code: session.code, name: 'Ada' });
    const bo = await join(harness, { role: 'student', code: session.code, name: 'Bo' });
    const cem = await join(harness, { role: 'student', code: session.code, name: 'Cem' });

    // Opening the round gives every phone the (empty) list.
    const opened = classView(cem.client, (entries) => entries.length === 0);
    expect((await command(teacher.client, 'item:open', { id: ITEM })).ok).toBe(true);
    await opened;

    const two = classView(cem.client, (entries) => entries.length === 2);
    expect((await submit(ada.client, { asked: asked('Hoe lang mag het plan zijn?'), votes: [] })).ok).toBe(true);
    expect((await submit(bo.client, { asked: asked('Wat is een A-relatie?'), votes: [] })).ok).toBe(true);
    const seenByCem = await two;
    expect(seenByCem.every((entry) => !entry.mine && entry.votes === 0)).toBe(true);
    // Nothing on a phone says who asked what.
    const payload = JSON.stringify(seenByCem);
    for (const who of [ada.welcome?.participantId, bo.welcome?.participantId, 'Ada', 'Bo']) expect(payload).not.toContain(who);
    const adasQuestion = seenByCem.find((entry) => entry.text === 'Hoe lang mag het plan zijn?')?.id ?? '';

    // Votes: Cem and Bo for Ada's question; Ada's vote for her own does not count. A student's answer changes
    // as often as they like while the round is open, without the teacher allowing changes.
    const voted = until(
      teacher.client,
      'results:updated',
      ({ itemId, results }) => itemId === ITEM && (results as QuestionsResults).questions[0]?.votes === 2,
    );
    const adaSees = classView(ada.client, (entries) => entries.find((entry) => entry.id === adasQuestion)?.votes === 2);
    expect((await submit(cem.client, { asked: [], votes: [adasQuestion] })).ok).toBe(true);
    expect((await submit(bo.client, { asked: asked('Wat is een A-relatie?'), votes: [adasQuestion] })).ok).toBe(true);
    expect((await submit(ada.client, { asked: asked('Hoe lang mag het plan zijn?'), votes: [adasQuestion] })).ok).toBe(true);
    const results = (await voted).results as QuestionsResults;
    expect(results.questions.map((question) => [question.text, question.votes, question.by])).toEqual([
      ['Hoe lang mag het plan zijn?', 2, ada.welcome?.participantId],
      ['Wat is een A-relatie?', 0, bo.welcome?.participantId],
    ]);
    expect((await adaSees).find((entry) => entry.id === adasQuestion)).toMatchObject({ mine: true, voted: false, votes: 2 });
    const bosQuestion = results.questions[1]?.id ?? '';

    // The teacher marks Ada's question answered and hides Bo's: the phones see the mark, and no longer the hidden one.
    const marked = classView(cem.client, (entries) => entries.length === 1 && entries[0]?.answered === true);
    expect((await command(teacher.client, 'question:answered', { questionId: adasQuestion, answered: true })).ok).toBe(true);
    expect((await command(teacher.client, 'answer:hide', { answerId: bosQuestion, hidden: true })).ok).toBe(true);
    expect(texts(await marked)).toEqual(['Hoe lang mag het plan zijn?']);

    // A phone that joins later gets the list at once, without what was hidden.
    const late = openClient(harness, { role: 'student', code: session.code, name: 'Dani' });
    const lateView = await next(late, 'results:class');
    expect(lateView).toEqual({
      itemId: ITEM,
      entries: [{ id: adasQuestion, text: 'Hoe lang mag het plan zijn?', votes: 2, mine: false, voted: false, answered: true }],
    });

    // Students cannot mark or hide; answers outside the limits are refused with a code, and nothing changes.
    expect(await command(cem.client, 'question:answered', { questionId: bosQuestion, answered: true })).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await command(cem.client, 'answer:hide', { answerId: adasQuestion, hidden: true })).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await submit(cem.client, { asked: asked('a', 'b', 'c', 'd'), votes: [] })).toEqual({
      ok: false,
      error: { code: 'too_many_questions', params: { max: 3 } },
    });
    expect(await submit(cem.client, { asked: asked('x'.repeat(201)), votes: [] })).toMatchObject({
      ok: false,
      error: { code: 'question_too_long' },
    });
    expect(await submit(cem.client, { asked: asked('a', 'b', 'c', 'd', 'e', 'f'), votes: [] })).toEqual({
      ok: false,
      error: { code: 'bad_payload' },
    });
    const stored = await harness.store.listAnswers(session.id, ITEM);
    expect(stored.find((answer) => answer.participantId === cem.welcome?.participantId)?.value).toEqual({
      kind: 'questions',
      asked: [],
      votes: [adasQuestion],
    });

    // Once the round is closed, nobody asks or votes any more.
    expect((await command(teacher.client, 'item:close', {})).ok).toBe(true);
    expect(await submit(ada.client, { asked: asked('Nog eentje?'), votes: [] })).toEqual({ ok: false, error: { code: 'item_not_open' } });
  });
});

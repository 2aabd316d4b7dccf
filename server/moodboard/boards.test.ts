import { describe, expect, it } from 'vitest';
import type { BoardConflict, BoardPayload } from '../../src/shared/moodboard/api.ts';
import { handleGetBoard, handleHandIn, handleSaveBoard } from './boards.ts';
import {
  answerItem,
  body,
  cookies,
  DEADLINE,
  docWith,
  emptyDoc,
  imageItem,
  noteItem,
  request,
  useMoodboardFixture,
} from './test-fixture.ts';

type ErrorBody = { error: { code: string; message: string } };

describe('GET /api/werk/borden/:id', () => {
  const fixture = useMoodboardFixture();
  const get = (boardId: string, cookie?: string) =>
    handleGetBoard(request('GET', `/api/werk/borden/${boardId}`, { cookie }), fixture().deps, boardId);

  it('gives the student their board with the assignment, their own answers as text, and the status', async () => {
    const { samBoard } = fixture();
    const response = await get(samBoard.id, cookies.sam);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const payload = await body<BoardPayload>(response);
    expect(payload).toEqual({
      board: { id: samBoard.id, revision: 0, doc: emptyDoc(), updatedAt: samBoard.updatedAt },
      assignment: {
        title: 'Moodboard G-Star',
        brief: 'Maak een moodboard.',
        parts: [
          { id: 'deel-1', text: 'Financiële binding' },
          { id: 'deel-2', text: 'Sociale binding' },
        ],
        explanationRequired: true,
        deadline: DEADLINE,
        lessonTitle: 'Les 2: Wat is Relatiebeheer?',
      },
      student: { name: 'Sam' },
      status: 'notStarted',
      versions: [],
      feedback: null,
      answers: [
        {
          sessionId: 's1',
          itemId: 'binding-financieel',
          slide: 19,
          question: 'Noem een voorbeeld van financiële binding.',
          text: 'Een spaarkaart',
        },
        { sessionId: 's1', itemId: 'kennis', slide: 4, question: 'Wat is relatiebeheer?', text: 'B – Klanten binden' },
      ],
    });
  });

  it('lets the teacher who handed it out read it, with feedback', async () => {
    const { samBoard, store } = fixture();
    await store.setFeedback({ boardId: samBoard.id, teacherId: 't1', text: 'Goed gedaan', grade: '8', now: 5_000 });
    const response = await get(samBoard.id, cookies.teacher);
    expect(response.status).toBe(200);
    const payload = await body<BoardPayload>(response);
    expect(payload.student.name).toBe('Sam');
    expect(payload.feedback).toEqual({ text: 'Goed gedaan', grade: '8', updatedAt: 5_000 });
  });

  it.each([
    ['another student of the class', cookies.noor, 404],
    ['a student of another lesson', cookies.kim, 404],
    ['the teacher of another session', cookies.otherTeacher, 404],
    ['nobody logged in', undefined, 401],
    ['an unknown cookie', 'lp_student=guess', 401],
  ])('refuses %s', async (_who, cookie, status) => {
    const { samBoard } = fixture();
    const response = await get(samBoard.id, cookie);
    expect(response.status).toBe(status);
    expect((await body<ErrorBody>(response)).error.message).toMatch(/[a-z]/);
  });

  it('answers an unknown board like a forbidden one, and shuts out a removed student', async () => {
    const { samBoard, store } = fixture();
    const unknown = await get('no-such-board', cookies.sam);
    const forbidden = await get(samBoard.id, cookies.noor);
    expect([unknown.status, await unknown.json()]).toEqual([forbidden.status, await forbidden.json()]);
    await store.removeParticipant('s1', 'p1', 2_000);
    expect((await get(samBoard.id, cookies.sam)).status).toBe(401);
  });

  it('still opens the board when the lesson no longer declares the assignment', async () => {
    const { samBoard, deps } = fixture();
    deps.findAssignment = async () => null;
    const payload = await body<BoardPayload>(await get(samBoard.id, cookies.sam));
    expect(payload.assignment).toMatchObject({ title: 'moodboard', parts: [], lessonTitle: 'relatiebeheer/les-2' });
  });
});

describe('PUT /api/werk/borden/:id', () => {
  const fixture = useMoodboardFixture();
  const put = (boardId: string, json: unknown, cookie: string = cookies.sam, headers: Record<string, string | null> = {}) =>
    handleSaveBoard(request('PUT', `/api/werk/borden/${boardId}`, { cookie, json, headers }), fixture().deps, boardId);

  it('saves from the stored revision and answers the new revision and time', async () => {
    const { samBoard, store, clock } = fixture();
    clock.now = 3_000;
    const response = await put(samBoard.id, { doc: docWith(noteItem()), baseRevision: 0 });
    expect(response.status).toBe(200);
    expect(await body(response)).toEqual({ revision: 1, savedAt: 3_000 });
    expect(await store.findBoard(samBoard.id)).toMatchObject({ revision: 1, startedAt: 3_000, doc: docWith(noteItem()) });
    const payload = await body<BoardPayload>(
      await handleGetBoard(request('GET', '/', { cookie: cookies.sam }), fixture().deps, samBoard.id),
    );
    expect(payload.status).toBe('working');
  });

  it('answers 409 with the current board when another device saved first', async () => {
    const { samBoard, store } = fixture();
    await put(samBoard.id, { doc: docWith(noteItem('n1', 'laptop')), baseRevision: 0 });
    const stale = await put(samBoard.id, { doc: docWith(noteItem('n1', 'telefoon')), baseRevision: 0 });
    expect(stale.status).toBe(409);
    const conflict = await body<BoardConflict>(stale);
    expect(conflict.error.code).toBe('conflict');
    expect(conflict.current).toMatchObject({ revision: 1, doc: docWith(noteItem('n1', 'laptop')) });
    expect((await store.findBoard(samBoard.id))?.doc).toEqual(docWith(noteItem('n1', 'laptop')));
  });

  it('refuses a doc that breaks the schema with the first problem in Dutch, storing nothing', async () => {
    const { samBoard, store } = fixture();
    const tooMany = {
      doc: { version: 1, items: Array.from({ length: 151 }, (_, i) => noteItem(`n${i}`)), explanation: '' },
      baseRevision: 0,
    };
    const response = await put(samBoard.id, tooMany);
    expect(response.status).toBe(400);
    expect((await body<ErrorBody>(response)).error).toEqual({
      code: 'invalid',
      message: expect.stringContaining('hoogstens 150 onderdelen'),
    });
    const wrongType = await put(samBoard.id, { doc: docWith(noteItem()), baseRevision: 'nul' });
    expect((await body<ErrorBody>(wrongType)).error.message).toMatch(/baseRevision: .*(verwacht|Ongeldig)/i);
    expect(await store.findBoard(samBoard.id)).toMatchObject({ revision: 0, doc: emptyDoc() });
  });

  it('refuses bad JSON, other content types, other sites and bodies over 1 MB', async () => {
    const { samBoard, deps, store } = fixture();
    const send = (init: { body: BodyInit; headers?: Record<string, string | null> }) =>
      handleSaveBoard(
        request('PUT', `/api/werk/borden/${samBoard.id}`, {
          cookie: cookies.sam,
          body: init.body,
          headers: { 'content-type': 'application/json', ...init.headers },
        }),
        deps,
        samBoard.id,
      );
    expect((await send({ body: '{"doc": ' })).status).toBe(400);
    expect(
      (await send({ body: JSON.stringify({ doc: emptyDoc(), baseRevision: 0 }), headers: { 'content-type': 'text/plain' } })).status,
    ).toBe(415);
    expect(
      (await send({ body: JSON.stringify({ doc: emptyDoc(), baseRevision: 0 }), headers: { origin: 'https://evil.example' } })).status,
    ).toBe(403);
    const huge = JSON.stringify({ doc: { ...emptyDoc(), explanation: 'x'.repeat(1_100_000) }, baseRevision: 0 });
    const tooLarge = await send({ body: huge });
    expect(tooLarge.status).toBe(413);
    expect((await send({ body: 'x', headers: { 'content-length': '5000000' } })).status).toBe(413);
    // Streamed without a length: cut off while reading.
    const stream = new Blob([huge]).stream();
    const streamed = new Request(`http://school.test/api/werk/borden/${samBoard.id}`, {
      method: 'PUT',
      headers: { origin: 'http://school.test', cookie: cookies.sam, 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect((await handleSaveBoard(streamed, deps, samBoard.id)).status).toBe(413);
    expect((await store.findBoard(samBoard.id))?.revision).toBe(0);
  });

  it('lets only the student write: the teacher reads, others get 404', async () => {
    const { samBoard, store } = fixture();
    const json = { doc: docWith(noteItem()), baseRevision: 0 };
    const teacher = await put(samBoard.id, json, cookies.teacher);
    expect(teacher.status).toBe(403);
    expect((await body<ErrorBody>(teacher)).error.code).toBe('read_only');
    expect((await put(samBoard.id, json, cookies.noor)).status).toBe(404);
    expect((await put(samBoard.id, json, cookies.otherTeacher)).status).toBe(404);
    expect((await store.findBoard(samBoard.id))?.revision).toBe(0);
  });

  it("refuses images that are not the student's own uploads", async () => {
    const { samBoard, noorBoard, store } = fixture();
    await store.createUpload({
      id: 'noorsUploadId',
      participantId: 'p2',
      boardId: noorBoard.id,
      mime: 'image/webp',
      width: 10,
      height: 10,
      bytes: 10,
      now: 1,
    });
    const others = await put(samBoard.id, { doc: docWith(imageItem('noorsUploadId')), baseRevision: 0 });
    expect(others.status).toBe(400);
    expect((await body<ErrorBody>(others)).error.code).toBe('unknown_image');
    expect((await put(samBoard.id, { doc: docWith(imageItem('madeUpId')), baseRevision: 0 })).status).toBe(400);
    await store.createUpload({
      id: 'samsUploadId',
      participantId: 'p1',
      boardId: samBoard.id,
      mime: 'image/webp',
      width: 10,
      height: 10,
      bytes: 10,
      now: 1,
    });
    expect((await put(samBoard.id, { doc: docWith(imageItem('samsUploadId')), baseRevision: 0 })).status).toBe(200);
  });

  it("takes answer cards only for the student's own answers in the handout's session, keeping their text", async () => {
    const { samBoard, store } = fixture();
    for (const card of [answerItem('binding-sociaal'), answerItem('binding-financieel', 's2'), answerItem('niet-bestaand')]) {
      const response = await put(samBoard.id, { doc: docWith(card), baseRevision: 0 });
      expect(response.status).toBe(400);
      expect((await body<ErrorBody>(response)).error.code).toBe('unknown_answer');
    }
    expect((await put(samBoard.id, { doc: docWith(answerItem('binding-financieel')), baseRevision: 0 })).status).toBe(200);
    expect((await store.findBoard(samBoard.id))?.doc).toEqual(docWith(answerItem('binding-financieel')));
  });
});

describe('POST /api/werk/borden/:id/inleveren', () => {
  const fixture = useMoodboardFixture();
  const handIn = (boardId: string, revision: unknown, cookie: string = cookies.sam) =>
    handleHandIn(request('POST', `/api/werk/borden/${boardId}/inleveren`, { cookie, json: { revision } }), fixture().deps, boardId);
  const save = (boardId: string, baseRevision: number, text: string) =>
    handleSaveBoard(
      request('PUT', `/api/werk/borden/${boardId}`, { cookie: cookies.sam, json: { doc: docWith(noteItem('n1', text)), baseRevision } }),
      fixture().deps,
      boardId,
    );

  it('hands in numbered versions, late after the deadline, and the status follows', async () => {
    const { samBoard, store, clock, deps } = fixture();
    await save(samBoard.id, 0, 'eerste');
    clock.now = DEADLINE;
    const first = await handIn(samBoard.id, 1);
    expect(first.status).toBe(200);
    expect(await body(first)).toEqual({ version: { number: 1, handedInAt: DEADLINE, late: false } });
    let payload = await body<BoardPayload>(await handleGetBoard(request('GET', '/', { cookie: cookies.sam }), deps, samBoard.id));
    expect(payload.status).toBe('handedIn');

    await save(samBoard.id, 1, 'tweede');
    clock.now = DEADLINE + 1;
    expect(await body(await handIn(samBoard.id, 2))).toEqual({ version: { number: 2, handedInAt: DEADLINE + 1, late: true } });
    const versions = await store.listVersions(samBoard.id);
    expect(versions.map((version) => [version.number, version.revision, version.late, version.doc])).toEqual([
      [1, 1, false, docWith(noteItem('n1', 'eerste'))],
      [2, 2, true, docWith(noteItem('n1', 'tweede'))],
    ]);
    payload = await body<BoardPayload>(await handleGetBoard(request('GET', '/', { cookie: cookies.teacher }), deps, samBoard.id));
    expect(payload.status).toBe('late');
    expect(payload.versions).toEqual([
      { number: 1, handedInAt: DEADLINE, late: false },
      { number: 2, handedInAt: DEADLINE + 1, late: true },
    ]);
  });

  it('answers a repeated hand-in of the same revision with the version already handed in, even after the deadline', async () => {
    const { samBoard, store, clock } = fixture();
    await save(samBoard.id, 0, 'eerste');
    clock.now = DEADLINE - 1;
    const first = await body(await handIn(samBoard.id, 1));
    expect(first).toEqual({ version: { number: 1, handedInAt: DEADLINE - 1, late: false } });
    // The answer got lost; the phone tries again, twice, once the deadline has passed.
    clock.now = DEADLINE + 60_000;
    for (const retry of [await handIn(samBoard.id, 1), await handIn(samBoard.id, 1)]) {
      expect(retry.status).toBe(200);
      expect(await body(retry)).toEqual(first);
    }
    expect((await store.listVersions(samBoard.id)).map((version) => [version.number, version.late])).toEqual([[1, false]]);
  });

  it('answers 409 with the current board when the revision is not the stored one', async () => {
    const { samBoard, store } = fixture();
    await save(samBoard.id, 0, 'eerste');
    await save(samBoard.id, 1, 'tweede');
    const response = await handIn(samBoard.id, 1);
    expect(response.status).toBe(409);
    expect((await body<BoardConflict>(response)).current).toMatchObject({ revision: 2, doc: docWith(noteItem('n1', 'tweede')) });
    expect(await store.listVersions(samBoard.id)).toEqual([]);
  });

  it('refuses to hand in a board that was never saved', async () => {
    const { samBoard, store } = fixture();
    const response = await handIn(samBoard.id, 0);
    expect(response.status).toBe(409);
    expect((await body<ErrorBody>(response)).error.code).toBe('empty_board');
    expect(await store.listVersions(samBoard.id)).toEqual([]);
  });

  it('is for the student only, and checks the body', async () => {
    const { samBoard, store } = fixture();
    await save(samBoard.id, 0, 'eerste');
    expect((await handIn(samBoard.id, 1, cookies.teacher)).status).toBe(403);
    expect((await handIn(samBoard.id, 1, cookies.noor)).status).toBe(404);
    expect((await handIn(samBoard.id, -1)).status).toBe(400);
    expect(await store.listVersions(samBoard.id)).toEqual([]);
  });
});

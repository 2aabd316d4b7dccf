import { describe, expect, it } from 'vitest';
import { StoreConflictError } from './errors.ts';
import { backends, seedParticipant, seedSession, useStore } from './test-helpers.ts';
import type { Store } from './types.ts';

// Stands in for the caller's normaliser: the store only compares the keys it is given.
const nameKey = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

const join = (store: Store<{ revision: number; slide: number }>, id: string, name: string, sessionId = 's1') =>
  store.addParticipant({ id, sessionId, name, nameKey: nameKey(name), resumeTokenHash: `resume-${id}` });

describe.each(backends)('participants (%s)', (backend) => {
  const fixture = useStore(backend);

  it('adds a participant and finds it by session and by resume token', async () => {
    const { store, clock } = fixture();
    await seedSession(store);
    clock.now = 4_000;
    const participant = await join(store, 'p1', 'Zoë');
    expect(participant).toEqual({ id: 'p1', sessionId: 's1', name: 'Zoë', nameKey: 'zoe', joinedAt: 4_000, removedAt: null });
    expect(await store.findParticipant('s1', 'p1')).toEqual(participant);
    expect(await store.findParticipantByResumeToken('resume-p1')).toEqual(participant);
    expect(await store.findParticipantByResumeToken('unknown')).toBeNull();
    expect(await store.findParticipant('s1', 'unknown')).toBeNull();
  });

  it('does not find a participant through another session', async () => {
    const { store } = fixture();
    await seedSession(store, { id: 's1', code: 'AAAAAA' });
    await seedSession(store, { id: 's2', code: 'BBBBBB' });
    await join(store, 'p1', 'Sam', 's1');
    expect(await store.findParticipant('s2', 'p1')).toBeNull();
  });

  it('finds a participant by id alone, removed or not', async () => {
    const { store } = fixture();
    await seedSession(store);
    const participant = await join(store, 'p1', 'Sam');
    expect(await store.findParticipantById('p1')).toEqual(participant);
    expect(await store.findParticipantById('unknown')).toBeNull();
    await store.removeParticipant('s1', 'p1', 9_000);
    expect(await store.findParticipantById('p1')).toEqual({ ...participant, removedAt: 9_000 });
  });

  it("refuses a name that differs only in case or accents: 'name_taken'", async () => {
    const { store } = fixture();
    await seedSession(store);
    await join(store, 'p1', 'Zoë');
    for (const [id, name] of [
      ['p2', 'ZOE'],
      ['p3', ' zoë '],
      ['p4', 'Zóe'],
    ] as const) {
      const clash = join(store, id, name);
      await expect(clash).rejects.toBeInstanceOf(StoreConflictError);
      await expect(clash).rejects.toMatchObject({ code: 'name_taken' });
    }
    expect(await store.listParticipants('s1')).toHaveLength(1);
  });

  it('allows the same name in another session, and again after its holder was removed', async () => {
    const { store } = fixture();
    await seedSession(store, { id: 's1', code: 'AAAAAA' });
    await seedSession(store, { id: 's2', code: 'BBBBBB' });
    await join(store, 'p1', 'Sam', 's1');
    await join(store, 'p2', 'Sam', 's2');
    expect(await store.removeParticipant('s1', 'p1', 5_000)).toBe(true);
    await join(store, 'p3', 'SAM', 's1');
    expect((await store.listParticipants('s1')).map((p) => p.id)).toEqual(['p3']);
  });

  it('gives exactly one of two concurrent joins with one name', async () => {
    const { store } = fixture();
    await seedSession(store);
    const results = await Promise.allSettled([join(store, 'p1', 'Sam'), join(store, 'p2', 'sam')]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({ reason: { code: 'name_taken' } });
  });

  it('adds a batch of joins in one go, refusing a name taken before or earlier in the batch', async () => {
    const { store, clock } = fixture();
    await seedSession(store);
    await join(store, 'p0', 'Sam');
    clock.now = 7_000;
    const row = (id: string, name: string) => ({ id, sessionId: 's1', name, nameKey: name.toLowerCase(), resumeTokenHash: `hash-${id}` });
    const outcomes = await store.addParticipants([row('p1', 'Noor'), row('p2', 'SAM'), row('p3', 'noor'), row('p4', 'Mo')]);
    expect(outcomes).toEqual([
      expect.objectContaining({ id: 'p1', name: 'Noor', joinedAt: 7_000, removedAt: null }),
      { refused: 'name_taken' },
      { refused: 'name_taken' },
      expect.objectContaining({ id: 'p4', name: 'Mo' }),
    ]);
    expect((await store.listParticipants('s1')).map((p) => p.id).sort()).toEqual(['p0', 'p1', 'p4']);
    expect(await store.findParticipantByResumeToken('hash-p4')).toMatchObject({ id: 'p4', sessionId: 's1' });
    expect(await store.addParticipants([])).toEqual([]);
  });

  it('refuses a resume token stored before or earlier in the batch, without failing the others', async () => {
    const { store } = fixture();
    await seedSession(store);
    const row = (id: string, name: string, token: string) => ({
      id,
      sessionId: 's1',
      name,
      nameKey: name.toLowerCase(),
      resumeTokenHash: token,
    });
    await store.addParticipants([row('p1', 'Sam', 'device-1')]);
    const outcomes = await store.addParticipants([
      row('p2', 'Noor', 'device-1'),
      row('p3', 'Mo', 'device-2'),
      row('p4', 'Mo twee', 'device-2'),
      row('p5', 'Eva', 'device-3'),
    ]);
    expect(outcomes).toEqual([
      { refused: 'token_known' },
      expect.objectContaining({ id: 'p3' }),
      { refused: 'token_known' },
      expect.objectContaining({ id: 'p5' }),
    ]);
    expect((await store.listParticipants('s1')).map((p) => p.id).sort()).toEqual(['p1', 'p3', 'p5']);
  });

  it('lists participants in join order, removed ones only on request', async () => {
    const { store, clock } = fixture();
    await seedSession(store);
    clock.now = 3_000;
    await join(store, 'b', 'Bo');
    clock.now = 1_000;
    await join(store, 'a', 'Ali');
    clock.now = 2_000;
    await join(store, 'c', 'Cas');
    await store.removeParticipant('s1', 'c', 4_000);
    expect((await store.listParticipants('s1')).map((p) => p.id)).toEqual(['a', 'b']);
    const all = await store.listParticipants('s1', { includeRemoved: true });
    expect(all.map((p) => [p.id, p.removedAt])).toEqual([
      ['a', null],
      ['c', 4_000],
      ['b', null],
    ]);
    expect((await store.listParticipants('s1', { includeRemoved: true, ids: ['b', 'c', 'nobody'] })).map((p) => p.id)).toEqual(['c', 'b']);
    expect((await store.listParticipants('s1', { ids: ['b', 'c'] })).map((p) => p.id)).toEqual(['b']);
    expect(await store.listParticipants('s1', { ids: [] })).toEqual([]);
  });

  it('renames a participant, keeping its own key allowed and refusing a taken one', async () => {
    const { store } = fixture();
    await seedSession(store);
    await join(store, 'p1', 'Sam');
    await join(store, 'p2', 'Noor');
    expect(await store.renameParticipant('s1', 'p1', 'SAM', 'sam')).toMatchObject({ id: 'p1', name: 'SAM', nameKey: 'sam' });
    const clash = store.renameParticipant('s1', 'p1', 'NOOR', nameKey('NOOR'));
    await expect(clash).rejects.toMatchObject({ code: 'name_taken' });
    expect(await store.findParticipant('s1', 'p1')).toMatchObject({ name: 'SAM' });
    expect(await store.renameParticipant('s1', 'p1', 'Sem', 'sem')).toMatchObject({ name: 'Sem', nameKey: 'sem' });
  });

  it('renames nobody who is unknown, in another session or removed', async () => {
    const { store } = fixture();
    await seedSession(store, { id: 's1', code: 'AAAAAA' });
    await seedSession(store, { id: 's2', code: 'BBBBBB' });
    await join(store, 'p1', 'Sam', 's1');
    await join(store, 'p2', 'Noor', 's1');
    expect(await store.renameParticipant('s1', 'ghost', 'X', 'x')).toBeNull();
    expect(await store.renameParticipant('s2', 'p1', 'X', 'x')).toBeNull();
    await store.removeParticipant('s1', 'p1', 2_000);
    expect(await store.renameParticipant('s1', 'p1', 'Noor', 'noor')).toBeNull();
  });

  it('removes a participant once, and keeps it findable with removedAt', async () => {
    const { store } = fixture();
    await seedSession(store);
    await seedParticipant(store);
    expect(await store.removeParticipant('s1', 'p1', 6_000)).toBe(true);
    expect(await store.removeParticipant('s1', 'p1', 7_000)).toBe(false);
    expect(await store.removeParticipant('s1', 'ghost', 7_000)).toBe(false);
    expect(await store.findParticipantByResumeToken('resume-p1')).toMatchObject({ removedAt: 6_000 });
  });

  it('readmits a removed participant with the same id and token, unless the name was taken meanwhile', async () => {
    const { store } = fixture();
    await seedSession(store, { id: 's1', code: 'AAAAAA' });
    await seedSession(store, { id: 's2', code: 'BBBBBB' });
    const sam = await join(store, 'p1', 'Sam');
    expect(await store.readmitParticipant('s1', 'p1')).toBeNull();
    await store.removeParticipant('s1', 'p1', 6_000);
    expect(await store.readmitParticipant('s2', 'p1')).toBeNull();
    expect(await store.readmitParticipant('s1', 'ghost')).toBeNull();
    expect(await store.readmitParticipant('s1', 'p1')).toEqual(sam);
    expect(await store.findParticipantByResumeToken('resume-p1')).toEqual(sam);

    await store.removeParticipant('s1', 'p1', 7_000);
    await join(store, 'p2', 'sam');
    const clash = store.readmitParticipant('s1', 'p1');
    await expect(clash).rejects.toMatchObject({ code: 'name_taken' });
    expect(await store.findParticipant('s1', 'p1')).toMatchObject({ removedAt: 7_000 });
  });

  it('refuses a participant of an unknown session (foreign key) and a reused resume token', async () => {
    const { store } = fixture();
    await expect(join(store, 'p1', 'Sam', 'ghost')).rejects.toThrow(/FOREIGN KEY/i);
    await seedSession(store);
    await seedParticipant(store, { id: 'p1', name: 'Sam' });
    const reused = store.addParticipant({ id: 'p2', sessionId: 's1', name: 'Noor', nameKey: 'noor', resumeTokenHash: 'resume-p1' });
    await expect(reused).rejects.toThrow(/UNIQUE/i);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../storage/sqlite-store.ts';
import type { SchoolClass, Store } from '../storage/types.ts';
import { translator } from '../../src/i18n/index.ts';
import type { SessionState } from '../../src/shared/session/state.ts';
import { handleRosterForm, isRosterDone } from './class-roster.ts';
import { createTeacherClass } from './classes.ts';
import { CLASS_MAX_STUDENTS, parseRoster } from './roster.ts';

const t = translator('nl');
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

let store: Store<SessionState>;
let schoolClass: SchoolClass;
const names = async () => (await store.listParticipants(schoolClass.sessionId)).map((student) => student.name).sort();
const idOf = async (name: string) =>
  (await store.listParticipants(schoolClass.sessionId)).find((student) => student.name === name)?.id ?? '';
const post = (fields: Record<string, string>) => handleRosterForm(store, schoolClass, form(fields), t, 5_000);

beforeEach(async () => {
  store = await openSqliteStore<SessionState>({ dataDir: ':memory:' });
  await store.createTeacher({ id: 't1', email: 't1@school.nl', name: 'T', passwordHash: 'h' });
  schoolClass = await createTeacherClass(store, 't1', 'MV3A', parseRoster('Sam de Vries\nZoë Bakker').students);
});
afterEach(() => store.close());

describe('createTeacherClass', () => {
  it('backs the class with an ended session nobody can join and students nobody can resume', async () => {
    const session = await store.findLiveSessionById(schoolClass.sessionId);
    expect(session).toMatchObject({ lessonSlug: '', teacherId: 't1', state: { revision: 0, slide: 1, ended: false } });
    expect(session?.endedAt).not.toBeNull();
    expect(session?.code).toMatch(/^[A-Z0-9]{6}$/);
    expect(await store.findOpenLiveSessionByCode(session?.code ?? '')).toBeNull();
    expect(await names()).toEqual(['Sam de Vries', 'Zoë Bakker']);
    const keys = (await store.listParticipants(schoolClass.sessionId)).map((student) => student.nameKey).sort();
    expect(keys).toEqual(['sam de vries', 'zoe bakker']);
  });
});

describe('handleRosterForm', () => {
  it('adds a student, refusing a name already in the class', async () => {
    expect(await post({ action: 'add', name: '  Eva  ' })).toEqual({ ok: true, done: 'toegevoegd' });
    expect(await post({ action: 'add', name: 'zoe bakker' })).toEqual({
      ok: false,
      problem: { form: 'add', value: 'zoe bakker', error: 'Er staat al een leerling met deze naam in de klas.' },
    });
    expect(await names()).toEqual(['Eva', 'Sam de Vries', 'Zoë Bakker']);
  });

  it('refuses an empty, rude or too long name with a message, keeping what was typed', async () => {
    expect(await post({ action: 'add', name: ' ' })).toMatchObject({
      ok: false,
      problem: { form: 'add', value: ' ', error: 'Vul een naam in.' },
    });
    expect(await post({ action: 'add', name: 'Kut' })).toMatchObject({ ok: false, problem: { error: 'Deze naam is niet toegestaan.' } });
    expect(await post({ action: 'add', name: 'x'.repeat(31) })).toMatchObject({
      ok: false,
      problem: { error: 'Een naam is hoogstens 30 tekens.' },
    });
    expect(await names()).toEqual(['Sam de Vries', 'Zoë Bakker']);
  });

  it('renames a student; a taken name stays with the row it was typed in', async () => {
    const sam = await idOf('Sam de Vries');
    expect(await post({ action: 'rename', student: sam, name: 'Sam Vries' })).toEqual({ ok: true, done: 'gewijzigd' });
    expect(await post({ action: 'rename', student: sam, name: 'Zoe Bakker' })).toMatchObject({
      ok: false,
      problem: { form: 'rename', studentId: sam, value: 'Zoe Bakker' },
    });
    expect(await post({ action: 'rename', student: 'someone-else', name: 'Eva' })).toEqual({ ok: false, problem: 'not_found' });
    expect(await names()).toEqual(['Sam Vries', 'Zoë Bakker']);
  });

  it('takes a student out of the class, also when asked twice', async () => {
    const zoe = await idOf('Zoë Bakker');
    expect(await post({ action: 'remove', student: zoe })).toEqual({ ok: true, done: 'verwijderd' });
    expect(await post({ action: 'remove', student: zoe })).toEqual({ ok: true, done: 'verwijderd' });
    expect(await names()).toEqual(['Sam de Vries']);
    expect((await store.findParticipantById(zoe))?.removedAt).toBe(5_000);
  });

  it('renames the class, refusing an empty name', async () => {
    expect(await post({ action: 'renameClass', className: ' MV3B ' })).toEqual({ ok: true, done: 'hernoemd' });
    expect(await post({ action: 'renameClass', className: '' })).toMatchObject({
      ok: false,
      problem: { form: 'className', error: 'Vul de naam van de klas in.' },
    });
    expect((await store.findClassBySession(schoolClass.sessionId))?.name).toBe('MV3B');
  });

  it('stops adding at the largest class', async () => {
    const full = parseRoster(Array.from({ length: CLASS_MAX_STUDENTS }, (_, index) => `Leerling ${index + 1}`).join('\n')).students;
    schoolClass = await createTeacherClass(store, 't1', 'Vol', full);
    expect(await post({ action: 'add', name: 'Nog een' })).toMatchObject({
      ok: false,
      problem: { form: 'add', error: `Een klas heeft hoogstens ${CLASS_MAX_STUDENTS} leerlingen.` },
    });
  });

  it('knows nothing of other actions', async () => {
    expect(await post({ action: 'delete-class' })).toEqual({ ok: false, problem: 'not_found' });
    expect([isRosterDone('hernoemd'), isRosterDone('x'), isRosterDone(null)]).toEqual([true, false, false]);
  });
});

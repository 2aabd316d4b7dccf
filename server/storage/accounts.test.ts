import { describe, expect, it } from 'vitest';
import { StoreConflictError } from './errors.ts';
import { backends, seedTeacher, useStore } from './test-helpers.ts';

describe.each(backends)('accounts (%s)', (backend) => {
  const fixture = useStore(backend);

  describe('teachers', () => {
    it('counts, creates and finds teachers, storing the email lowercased', async () => {
      const { store, clock } = fixture();
      expect(await store.countTeachers()).toBe(0);
      clock.now = 5_000;
      const created = await store.createTeacher({ id: 't1', email: '  Ans.DeVries@School.NL ', name: 'Ans', passwordHash: 'h' });
      expect(created).toEqual({ id: 't1', email: 'ans.devries@school.nl', name: 'Ans', passwordHash: 'h', createdAt: 5_000 });
      expect(await store.countTeachers()).toBe(1);
      expect(await store.findTeacherByEmail('ANS.devries@school.nl')).toEqual(created);
      expect(await store.findTeacherById('t1')).toEqual(created);
      expect(await store.findTeacherByEmail('nobody@school.nl')).toBeNull();
      expect(await store.findTeacherById('nobody')).toBeNull();
    });

    it("refuses a second teacher with the same email in any case: 'email_taken'", async () => {
      const { store } = fixture();
      await store.createTeacher({ id: 't1', email: 'ans@school.nl', name: 'Ans', passwordHash: 'h' });
      const duplicate = store.createTeacher({ id: 't2', email: 'ANS@School.nl', name: 'Other', passwordHash: 'h' });
      await expect(duplicate).rejects.toBeInstanceOf(StoreConflictError);
      await expect(duplicate).rejects.toMatchObject({ code: 'email_taken' });
      expect(await store.countTeachers()).toBe(1);
    });

    it("gives exactly one of two concurrent sign-ups with one email, the other 'email_taken'", async () => {
      const { store } = fixture();
      const results = await Promise.allSettled([
        store.createTeacher({ id: 't1', email: 'same@school.nl', name: 'A', passwordHash: 'h' }),
        store.createTeacher({ id: 't2', email: 'same@school.nl', name: 'B', passwordHash: 'h' }),
      ]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      expect(results.find((result) => result.status === 'rejected')).toMatchObject({ reason: { code: 'email_taken' } });
      expect(await store.countTeachers()).toBe(1);
    });
  });

  describe('auth sessions', () => {
    it('finds a session until it expires, then returns null', async () => {
      const { store, clock } = fixture();
      await seedTeacher(store);
      clock.now = 2_000;
      const session = await store.createAuthSession({ tokenHash: 'tok', teacherId: 't1', expiresAt: 10_000 });
      expect(session).toEqual({ tokenHash: 'tok', teacherId: 't1', createdAt: 2_000, expiresAt: 10_000 });
      expect(await store.findAuthSession('tok', 9_999)).toEqual(session);
      expect(await store.findAuthSession('tok', 10_000)).toBeNull();
      expect(await store.findAuthSession('unknown', 0)).toBeNull();
    });

    it('deletes one session, and all expired ones', async () => {
      const { store } = fixture();
      await seedTeacher(store);
      await store.createAuthSession({ tokenHash: 'a', teacherId: 't1', expiresAt: 100 });
      await store.createAuthSession({ tokenHash: 'b', teacherId: 't1', expiresAt: 200 });
      await store.createAuthSession({ tokenHash: 'c', teacherId: 't1', expiresAt: 300 });
      expect(await store.deleteAuthSession('c')).toBe(true);
      expect(await store.deleteAuthSession('c')).toBe(false);
      expect(await store.deleteExpiredAuthSessions(200)).toBe(2);
      expect(await store.deleteExpiredAuthSessions(200)).toBe(0);
      expect(await store.findAuthSession('b', 0)).toBeNull();
    });

    it('refuses a session for an unknown teacher (foreign key)', async () => {
      const { store } = fixture();
      await expect(store.createAuthSession({ tokenHash: 'x', teacherId: 'ghost', expiresAt: 1 })).rejects.toThrow(/FOREIGN KEY/i);
    });
  });

  describe('invites', () => {
    it('stores an invite with or without an email', async () => {
      const { store, clock } = fixture();
      await seedTeacher(store);
      clock.now = 3_000;
      expect(await store.createInvite({ tokenHash: 'i1', invitedBy: 't1', email: 'New@School.nl', expiresAt: 9_000 })).toEqual({
        tokenHash: 'i1',
        invitedBy: 't1',
        email: 'new@school.nl',
        createdAt: 3_000,
        expiresAt: 9_000,
        usedAt: null,
      });
      expect(await store.createInvite({ tokenHash: 'i2', invitedBy: 't1', expiresAt: 9_000 })).toMatchObject({ email: null });
    });

    it('uses an invite once; a second use, an expired or an unknown invite gives null', async () => {
      const { store } = fixture();
      await seedTeacher(store);
      await store.createInvite({ tokenHash: 'once', invitedBy: 't1', expiresAt: 5_000 });
      await store.createInvite({ tokenHash: 'late', invitedBy: 't1', expiresAt: 5_000 });
      expect(await store.useInvite('once', 4_000)).toMatchObject({ tokenHash: 'once', usedAt: 4_000 });
      expect(await store.useInvite('once', 4_001)).toBeNull();
      expect(await store.useInvite('late', 5_000)).toBeNull();
      expect(await store.useInvite('unknown', 1)).toBeNull();
    });

    it('lets only one of two concurrent uses of an invite succeed', async () => {
      const { store } = fixture();
      await seedTeacher(store);
      await store.createInvite({ tokenHash: 'race', invitedBy: 't1', expiresAt: 5_000 });
      const results = await Promise.all([store.useInvite('race', 1_000), store.useInvite('race', 1_001)]);
      expect(results.filter((invite) => invite !== null)).toHaveLength(1);
    });

    it('refuses an invite from an unknown teacher (foreign key)', async () => {
      const { store } = fixture();
      await expect(store.createInvite({ tokenHash: 'x', invitedBy: 'ghost', expiresAt: 1 })).rejects.toThrow(/FOREIGN KEY/i);
    });
  });

  describe('known devices', () => {
    it('knows a device for the accounts it logged in to, until it expires; a new login moves the expiry', async () => {
      const { store, clock } = fixture();
      clock.now = 1_000;
      await store.rememberDevice({ tokenHash: 'd1', account: 'teacher:t1', expiresAt: 5_000 });
      await store.rememberDevice({ tokenHash: 'd1', account: 'student:p1', expiresAt: 3_000 });
      expect(await store.isKnownDevice('d1', 'teacher:t1', 4_999)).toBe(true);
      expect(await store.isKnownDevice('d1', 'teacher:t1', 5_000)).toBe(false);
      expect(await store.isKnownDevice('d1', 'teacher:t2', 1_000)).toBe(false);
      expect(await store.isKnownDevice('d2', 'teacher:t1', 1_000)).toBe(false);
      expect(await store.isKnownDevice('d1', 'student:p1', 2_000)).toBe(true);
      await store.rememberDevice({ tokenHash: 'd1', account: 'student:p1', expiresAt: 9_000 });
      expect(await store.isKnownDevice('d1', 'student:p1', 8_000)).toBe(true);
    });

    it("drops an account's expired devices when it remembers one", async () => {
      const { store, clock } = fixture();
      await store.rememberDevice({ tokenHash: 'old', account: 'teacher:t1', expiresAt: 2_000 });
      clock.now = 3_000;
      await store.rememberDevice({ tokenHash: 'new', account: 'teacher:t1', expiresAt: 9_000 });
      // Expired rows are gone, not only ignored: even a lookup with an old clock no longer finds them.
      expect(await store.isKnownDevice('old', 'teacher:t1', 1_000)).toBe(false);
      expect(await store.isKnownDevice('new', 'teacher:t1', 3_000)).toBe(true);
    });
  });
});

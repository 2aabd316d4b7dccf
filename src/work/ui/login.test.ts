import { describe, expect, it } from 'vitest';
import { identityKey, saveIdentity } from '../../live/identity.ts';
import { memoryStorage } from '../../live/storage.ts';
import { deviceIdentities, IDENTITY_PREFIX, logInStudent, type ListableStorage } from './login.ts';

const TOKEN = 'x'.repeat(43);

function listable(initial: Record<string, string> = {}): ListableStorage & ReturnType<typeof memoryStorage> {
  const storage = memoryStorage(initial);
  const keys = () => Object.keys(storage.snapshot());
  return {
    ...storage,
    get length() {
      return keys().length;
    },
    key: (index: number) => keys()[index] ?? null,
  };
}

describe('deviceIdentities', () => {
  it('finds the students this device was in live lessons, each once', () => {
    const storage = listable({ 'study:les': '{}', 'live:outbox:s1:p1': '[]' });
    saveIdentity('acd-efg', { participantId: 'p1', name: 'Sanne', resumeToken: TOKEN }, storage);
    saveIdentity('GHJKLM', { participantId: 'p2', name: 'Sanne', resumeToken: `${TOKEN}y` }, storage);
    saveIdentity('session-id-of-p1', { participantId: 'p1', name: 'Sanne', resumeToken: TOKEN }, storage);
    expect(deviceIdentities(storage)).toEqual([
      { participantId: 'p1', name: 'Sanne', resumeToken: TOKEN, code: 'ACDEFG' },
      { participantId: 'p2', name: 'Sanne', resumeToken: `${TOKEN}y`, code: 'GHJKLM' },
    ]);
  });

  it('skips what is not an identity, and copes without storage', () => {
    expect(deviceIdentities(listable({ 'live:ACDEFG': 'not json', 'live:GHJKLM': '{"name":"x"}' }))).toEqual([]);
    expect(deviceIdentities(null)).toEqual([]);
  });

  it('uses the prefix identity keys have', () => {
    expect(identityKey('ACDEFG').startsWith(IDENTITY_PREFIX)).toBe(true);
  });

  it('treats storage that throws as empty', () => {
    const blocked: ListableStorage = {
      get length(): number {
        throw new Error('SecurityError');
      },
      key: () => null,
      getItem: () => null,
    };
    expect(deviceIdentities(blocked)).toEqual([]);
  });
});

describe('logInStudent', () => {
  it('posts the body as JSON and gives the name', async () => {
    const sent: { url: string; init: RequestInit | undefined }[] = [];
    const fetcher = (async (url: string, init?: RequestInit) => {
      sent.push({ url, init });
      return Response.json({ name: 'Sanne' });
    }) as typeof fetch;
    expect(await logInStudent({ code: 'KQ7M-3PXT' }, fetcher)).toEqual({ ok: true, name: 'Sanne' });
    expect(sent[0]?.url).toBe('/api/werk/inloggen');
    expect(sent[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(sent[0]?.init?.body))).toEqual({ code: 'KQ7M-3PXT' });
  });

  it("gives the server's code on a refusal and null without an answer", async () => {
    const refuse = (async () =>
      Response.json({ error: { code: 'unknown_code', message: 'Deze werkcode kennen we niet.' } }, { status: 401 })) as typeof fetch;
    expect(await logInStudent({ code: 'AAAA-BBBB' }, refuse)).toEqual({ ok: false, code: 'unknown_code' });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await logInStudent({ resumeToken: TOKEN }, offline)).toEqual({ ok: false, code: null });
  });
});

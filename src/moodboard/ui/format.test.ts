import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/index.ts';
import { exportFileName, saveStatusText, versionLine } from './format.ts';
import { gestureAction } from './use-pointer-edit.ts';

const nl = translator('nl');
const en = translator('en');
const at = Date.UTC(2027, 2, 12, 13, 5);

describe('save status in words', () => {
  it.each([
    [{ kind: 'saved', at } as const, 'Opgeslagen om 14:05'],
    [{ kind: 'saving' } as const, 'Opslaan…'],
    [{ kind: 'offline', since: at } as const, 'Offline – je werk staat veilig op dit apparaat en wordt verstuurd zodra er verbinding is'],
    [{ kind: 'conflict', serverRevision: 3, serverUpdatedAt: at } as const, 'Niet opgeslagen: kies welke versie je houdt'],
    [
      { kind: 'error', code: 'unknown_image' } as const,
      'Niet opgeslagen: Een afbeelding op je moodboard is niet van jou of bestaat niet meer. Voeg haar opnieuw toe.',
    ],
    [
      { kind: 'error', code: null } as const,
      'Niet opgeslagen: De server heeft het moodboard niet opgeslagen. Je werk staat nog op dit apparaat.',
    ],
  ])('%o', (status, text) => {
    expect(saveStatusText(nl, status, 'nl', 'Europe/Amsterdam')).toBe(text);
  });
});

describe('versionLine', () => {
  it('names the version and the school time, and says when it was late', () => {
    expect(versionLine(nl, { number: 2, handedInAt: at, late: true }, 'nl')).toBe(
      'Versie 2 ingeleverd op 12 maart 2027 om 14:05 (te laat)',
    );
    expect(versionLine(nl, { number: 1, handedInAt: at, late: false }, 'nl')).toBe('Versie 1 ingeleverd op 12 maart 2027 om 14:05');
    expect(versionLine(en, { number: 1, handedInAt: at, late: true }, 'en')).toMatch(
      /^Version 1 handed in on 12 March 2027.*14:05 \(late\)$/,
    );
  });
});

describe('exportFileName', () => {
  it('makes a safe file name from the student name', () => {
    expect(exportFileName('Sanne de Vries', 'png')).toBe('moodboard-sanne-de-vries.png');
    expect(exportFileName('Zoë Çelik-Öztürk', 'pdf')).toBe('moodboard-zoe-celik-ozturk.pdf');
    expect(exportFileName('../../etc/passwd', 'png')).toBe('moodboard-etc-passwd.png');
    expect(exportFileName('   ', 'png')).toBe('moodboard.png');
  });
});

describe('gestureAction', () => {
  const box = { x: 100, y: 40, w: 200, h: 120, rotation: 30 };
  it('turns a finished drag into one action of its kind', () => {
    expect(gestureAction('move', 'a', box)).toEqual({ type: 'move', id: 'a', x: 100, y: 40 });
    expect(gestureAction('resize', 'a', box)).toEqual({ type: 'resize', id: 'a', w: 200, h: 120, x: 100, y: 40 });
    expect(gestureAction('rotate', 'a', box)).toEqual({ type: 'rotate', id: 'a', rotation: 30 });
  });
});

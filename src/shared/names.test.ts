import { describe, expect, it } from 'vitest';
import { checkStudentName, isOffensive } from './names.ts';
import { JOIN_CODE_ALPHABET, newJoinCode, normaliseJoinCode } from './session/join-code.ts';

describe('student names', () => {
  it.each([
    ['  Sanne   de Vries ', 'Sanne de Vries', 'sanne de vries'],
    ['Zoë', 'Zoë', 'zoe'],
    ["Mo'nique-Ann", "Mo'nique-Ann", "mo'nique-ann"],
    ['Pieke', 'Pieke', 'pieke'],
    ['Kutlu', 'Kutlu', 'kutlu'],
    ['Nazia', 'Nazia', 'nazia'],
    ['Erik Anker', 'Erik Anker', 'erik anker'],
    ['Pieter Ingen', 'Pieter Ingen', 'pieter ingen'],
    ['Mark Ankersmit', 'Mark Ankersmit', 'mark ankersmit'],
    ['Dick', 'Dick', 'dick'],
    ['Eikelenboom', 'Eikelenboom', 'eikelenboom'],
    ['D\u2019Angelo', "D'Angelo", "d'angelo"],
    ['Анна Петрова', 'Анна Петрова', 'анна петрова'],
    ['Νίκος', 'Νίκος', 'νικος'],
    ['Nguyễn', 'Nguyễn', 'nguyen'],
  ])('accepts %j as %j', (input, name, key) => {
    expect(checkStudentName(input)).toEqual({ ok: true, name, key });
  });

  it.each([
    ['   ', 'empty'],
    ['x'.repeat(31), 'too_long'],
    ['<script>', 'bad_characters'],
    ['Sam 😀', 'bad_characters'],
    ['\u0410nna', 'bad_characters'], // a Cyrillic А before Latin letters: "Аnna" beside "Anna"
    ['Anna Ре\u0442ers', 'bad_characters'],
    ['\u039Fmar', 'bad_characters'], // a Greek Ο
    [`A${'\u0301'.repeat(29)}`, 'bad_characters'], // 29 marks on one letter, within the 30 characters
    ['Sa\u0301\u0308\u0327\u0303m', 'bad_characters'],
    ['Kanker Kees', 'offensive'],
    ['k4nk3r', 'offensive'],
    ['Kut Kees', 'offensive'],
    ['SHIT happens', 'offensive'],
    ['f.u.c.k', 'offensive'],
    ['f u c k', 'offensive'],
    ['Kankerlijer', 'offensive'],
    ['Nazi Kees', 'offensive'],
  ])('refuses %j: %s', (input, problem) => {
    expect(checkStudentName(input)).toEqual({ ok: false, problem });
  });

  it('finds blocked words behind accents and letter swaps', () => {
    expect(isOffensive('Klöötzak')).toBe(true);
    expect(isOffensive('Jan Jansen')).toBe(false);
  });
});

describe('join codes', () => {
  it('uses six letters from the alphabet without look-alikes', () => {
    for (let i = 0; i < 200; i += 1) expect(newJoinCode()).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1IL2Z5S8B]/);
  });

  it('is uniform: rejection sampling skips bytes past the last full round', () => {
    // 251 lies past 10 full rounds of 25 letters: it must be skipped (else it would give the second letter).
    let call = 0;
    const bytes = (buffer: Uint8Array) => buffer.fill(call++ === 0 ? 251 : 0);
    expect(newJoinCode(bytes)).toBe(JOIN_CODE_ALPHABET[0]!.repeat(6));
  });

  it.each([
    ['acd efg', 'ACDEFG'],
    ['AC-DE-FG', 'ACDEFG'],
    ['acdef', null],
    ['ACDEF0', null],
    ['ACDEFGH', null],
  ])('normalises %j to %j', (input, code) => {
    expect(normaliseJoinCode(input)).toBe(code);
  });
});

import { describe, expect, it } from 'vitest';
import { CLASS_NAME_MAX_LENGTH, checkClassName, parseRoster } from './roster.ts';

describe('parseRoster', () => {
  it('reads one name per line, tidied, with the line it came from', () => {
    expect(parseRoster('Sam de Vries\n  Zoë   Bakker \r\nNoor\u2019s')).toEqual({
      students: [
        { line: 1, name: 'Sam de Vries', key: 'sam de vries' },
        { line: 2, name: 'Zoë Bakker', key: 'zoe bakker' },
        { line: 3, name: "Noor's", key: "noor's" },
      ],
      errors: [],
    });
  });

  it('skips empty lines but keeps counting them, so errors name the line the teacher sees', () => {
    const { students, errors } = parseRoster('\nSam\n   \n\tEva\t\nf u c k\n');
    expect(students.map(({ line, name }) => [line, name])).toEqual([
      [2, 'Sam'],
      [4, 'Eva'],
    ]);
    expect(errors).toEqual([{ line: 5, text: 'f u c k', problem: 'offensive' }]);
  });

  it('turns columns pasted from a spreadsheet into one name', () => {
    expect(parseRoster('Sam\tde Vries').students).toEqual([{ line: 1, name: 'Sam de Vries', key: 'sam de vries' }]);
  });

  it.each([
    ['a name that is too long', 'Annemarie Wilhelmina van der Berg-Jansen', 'too_long'],
    ['characters a name does not have', 'Sam <b>', 'bad_characters'],
    ['a rude name', 'K4nker Kees', 'offensive'],
  ] as const)('refuses %s, naming the line', (_case, text, problem) => {
    expect(parseRoster(`Eva\n${text}`)).toEqual({ students: [{ line: 1, name: 'Eva', key: 'eva' }], errors: [{ line: 2, text, problem }] });
  });

  it('refuses a name a line above already has (case, accents and spacing do not count)', () => {
    const { students, errors } = parseRoster('Zoë Bakker\nSam\nzoe  BAKKER');
    expect(students.map(({ name }) => name)).toEqual(['Zoë Bakker', 'Sam']);
    expect(errors).toEqual([{ line: 3, text: 'zoe BAKKER', problem: 'duplicate', firstLine: 1 }]);
  });

  it('gives nothing for an empty list', () => {
    expect(parseRoster('')).toEqual({ students: [], errors: [] });
    expect(parseRoster('\n \n')).toEqual({ students: [], errors: [] });
  });
});

describe('checkClassName', () => {
  it('accepts school codes and tidies spacing', () => {
    expect(checkClassName('  MV3A ')).toEqual({ ok: true, name: 'MV3A' });
    expect(checkClassName('Retail   2B (ochtend)')).toEqual({ ok: true, name: 'Retail 2B (ochtend)' });
  });

  it('refuses an empty, too long or rude name', () => {
    expect(checkClassName('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkClassName('x'.repeat(CLASS_NAME_MAX_LENGTH + 1))).toEqual({ ok: false, problem: 'too_long' });
    expect(checkClassName('x'.repeat(CLASS_NAME_MAX_LENGTH))).toMatchObject({ ok: true });
    expect(checkClassName('Klas kut')).toEqual({ ok: false, problem: 'offensive' });
  });
});

import { describe, expect, it } from 'vitest';
import { csvCell, excelDateTime, toCsv, UTF8_BOM } from './csv.ts';

describe('csv for Dutch Excel', () => {
  it.each([
    ['gewoon', 'gewoon'],
    ['met;puntkomma', '"met;puntkomma"'],
    ['met "aanhalingstekens"', '"met ""aanhalingstekens"""'],
    ['twee\nregels', '"twee\nregels"'],
    ['=SOM(A1:A9)', "'=SOM(A1:A9)"],
    ['+31 6 123', "'+31 6 123"],
    ['-/- kosten', "'-/- kosten"],
    ['@cel', "'@cel"],
    [12, '12'],
    ['Zoë', 'Zoë'],
  ])('%j -> %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('starts with a BOM, separates with ; and ends lines with CRLF', () => {
    expect(
      toCsv(
        ['Leerling', 'Antwoord'],
        [
          ['Ada', 'B'],
          ['Bo', 'a;b'],
        ],
      ),
    ).toBe(`${UTF8_BOM}Leerling;Antwoord\r\nAda;B\r\nBo;"a;b"\r\n`);
  });
});

describe('excelDateTime', () => {
  it.each([
    ['winter time (UTC+1)', Date.UTC(2026, 11, 1, 20, 14, 23), '2026-12-01 21:14:23'],
    ['summer time (UTC+2)', Date.UTC(2026, 5, 15, 7, 5, 9), '2026-06-15 09:05:09'],
    ['midnight in Amsterdam is 00, not 24', Date.UTC(2026, 0, 1, 23, 0, 0), '2026-01-02 00:00:00'],
  ])('%s', (_name, at, text) => {
    expect(excelDateTime(at)).toBe(text);
  });
});

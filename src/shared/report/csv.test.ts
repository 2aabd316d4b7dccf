import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, UTF8_BOM } from './csv.ts';

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
    expect(toCsv(['Leerling', 'Antwoord'], [['Ada', 'B'], ['Bo', 'a;b']])).toBe(`${UTF8_BOM}Leerling;Antwoord\r\nAda;B\r\nBo;"a;b"\r\n`);
  });
});

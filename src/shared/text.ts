/**
 * Normalises a short answer for grouping and duplicate checks: case, accents and runs of spaces
 * do not matter ("Klant Tevredenheid " and "klanttevredenheid"-with-spaces group together only if
 * their letters match).
 */
export function normaliseEntry(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('nl')
    .replace(/\s+/g, ' ')
    .trim();
}

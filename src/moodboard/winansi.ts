/** Characters outside Latin-1 that the WinAnsi encoding of the standard PDF fonts still has. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const encodable = (character: string): boolean => {
  const code = character.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(character);
};

/** Near look-alikes for common characters WinAnsi lacks. */
const LOOK_ALIKES: Record<string, string> = {
  '\t': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2713': 'v',
  '\u2714': 'v',
};

/**
 * `text` in characters Helvetica (WinAnsi) can show: accents stay (é ë ï ç ñ ß € “ ” – …), other
 * letters lose what WinAnsi lacks (ő → o), odd spaces become spaces, invisible ones go, anything
 * else (emoji, other scripts) becomes "?". Line breaks are kept.
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const character of text.normalize('NFC')) {
    if (character === '\n' || encodable(character)) out += character;
    else if (character in LOOK_ALIKES) out += LOOK_ALIKES[character];
    else if (/[\u200b-\u200d\u2060\ufeff\ufe0f\u0000-\u001f\u007f-\u009f]/u.test(character)) continue;
    else if (/\s/u.test(character)) out += ' ';
    else {
      const bare = character.normalize('NFD').replace(/\p{M}/gu, '');
      out += bare && Array.from(bare).every(encodable) ? bare : '?';
    }
  }
  return out;
}

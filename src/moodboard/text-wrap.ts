/** Width of a text in the units of the layout (canvas pixels, PDF points). */
export type Measure = (text: string) => number;

export const ELLIPSIS = '…';

/** The longest start of `word` that fits in `maxWidth` (at least one character, so wrapping always ends). */
function fittingStart(word: string, maxWidth: number, measure: Measure): string {
  const characters = Array.from(word);
  let low = 1;
  let high = characters.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(characters.slice(0, middle).join('')) <= maxWidth) low = middle;
    else high = middle - 1;
  }
  return characters.slice(0, low).join('');
}

/** `line` shortened until it fits with an ellipsis after it. */
export function withEllipsis(line: string, maxWidth: number, measure: Measure): string {
  let characters = Array.from(line.trimEnd());
  while (characters.length > 0 && measure(characters.join('') + ELLIPSIS) > maxWidth) characters = characters.slice(0, -1);
  return characters.join('').trimEnd() + ELLIPSIS;
}

function wrapParagraph(paragraph: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (measure(joined) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    // A word wider than the line (a URL, a hex code) is broken where the line ends.
    while (measure(rest) > maxWidth) {
      const start = fittingStart(rest, maxWidth, measure);
      lines.push(start);
      rest = rest.slice(start.length);
    }
    line = rest;
  }
  lines.push(line);
  return lines;
}

/**
 * `text` in lines no wider than `maxWidth`: words wrap, line breaks in the text start a new line,
 * and a word longer than a line is broken. With `maxLines`, text that does not fit ends the last
 * line with an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure, maxLines = Number.POSITIVE_INFINITY): string[] {
  if (maxLines < 1) return [];
  const lines = text.split(/\r\n|\r|\n/).flatMap((paragraph) => wrapParagraph(paragraph, maxWidth, measure));
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1] ?? '', maxWidth, measure);
  return kept;
}

/** A measure for tests and layouts with a fixed-width font: `width` per character. */
export const monospace =
  (width: number): Measure =>
  (text) =>
    Array.from(text).length * width;

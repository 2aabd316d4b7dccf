import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { boardDocSchema, type BoardDoc } from '../../shared/moodboard/board.ts';
import { BoardView } from './BoardView.tsx';

const base = { rotation: 0, parts: [] };
const doc: BoardDoc = boardDocSchema.parse({
  version: 1,
  explanation: '',
  items: [
    { ...base, id: 'kop', kind: 'heading', x: 0, y: 0, w: 800, h: 100, z: 3, text: 'G-Star & ik' },
    {
      ...base,
      id: 'foto',
      kind: 'image',
      x: 800,
      y: 500,
      w: 400,
      h: 300,
      z: 1,
      uploadId: 'up1',
      alt: 'Jeans in de winkel',
      naturalWidth: 1200,
      naturalHeight: 900,
    },
    { ...base, id: 'geel', kind: 'sticky', x: 160, y: 100, w: 200, h: 200, z: 2, rotation: -15, text: 'Klantdag', colour: 'roze' },
    { ...base, id: 'web', kind: 'link', x: 0, y: 800, w: 300, h: 120, z: 4, url: 'https://www.g-star.com/nl_nl', title: '' },
  ],
});

describe('BoardView', () => {
  const html = renderToStaticMarkup(<BoardView doc={doc} imageUrl={(id) => `/api/afbeeldingen/${id}?klein`} label="Moodboard van Sanne" />);

  it('renders without a browser: named group, items back to front, escaped text', () => {
    expect(html).toMatch(/^<div class="mb-board mb-board-view" role="group" aria-label="Moodboard van Sanne">/);
    const order = [...html.matchAll(/mb-kind-(\w+)/g)].map((match) => match[1]);
    expect(order).toEqual(['image', 'sticky', 'heading', 'link']);
    expect(html).toContain('G-Star &amp; ik');
  });

  it('places and scales items in percentages of the board, rotated about their centre', () => {
    expect(html).toContain('left:50%;top:50%;width:25%;height:30%;transform:none;z-index:1');
    expect(html).toContain('left:10%;top:10%;width:12.5%;height:20%;transform:rotate(-15deg);z-index:2');
    expect(html).toContain('data-colour="roze"');
  });

  it('shows images through the given address with their alt text, and links by host when untitled', () => {
    expect(html).toContain('src="/api/afbeeldingen/up1?klein" alt="Jeans in de winkel"');
    expect(html).toMatch(
      /<a href="https:\/\/www.g-star.com\/nl_nl" target="_blank" rel="noopener noreferrer">https:\/\/www.g-star.com\/nl_nl<\/a><span class="mb-c-url">www.g-star.com<\/span>/,
    );
  });
});

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../live/storage.ts';
import type { BoardPayload } from '../../shared/moodboard/api.ts';
import { boardDocSchema, emptyBoard, type BoardDoc } from '../../shared/moodboard/board.ts';
import { createEditorStore, EditorProvider } from '../store.ts';
import { BoardSync } from '../sync.ts';
import { EditorShell } from './EditorShell.tsx';

const base = { rotation: 0, z: 0, w: 200, h: 200, x: 0, y: 0 };
const doc: BoardDoc = boardDocSchema.parse({
  version: 1,
  explanation: 'Ik koos denim omdat het stoer is.',
  items: [
    { ...base, id: 'kop', kind: 'heading', text: 'G-Star RAW', z: 2, parts: [] },
    { ...base, id: 'geel', kind: 'sticky', text: 'Klantdag', colour: 'groen', z: 1, parts: ['deel-2'] },
    { ...base, id: 'foto', kind: 'image', uploadId: 'up1', alt: '', naturalWidth: 400, naturalHeight: 300, z: 0, parts: [] },
  ],
});

const payload = (change: Partial<BoardPayload> = {}): BoardPayload => ({
  board: { id: 'b1', revision: 4, doc, updatedAt: 0 },
  assignment: {
    title: 'Moodboard G-Star',
    brief: 'Maak een moodboard over klantenbinding.',
    parts: [
      { id: 'deel-1', text: 'Financiële binding' },
      { id: 'deel-2', text: 'Sociale binding' },
    ],
    explanationRequired: true,
    deadline: Date.UTC(2027, 2, 12, 22, 59),
    lessonTitle: 'Les 2',
  },
  student: { name: 'Sanne' },
  status: 'late',
  versions: [{ number: 1, handedInAt: Date.UTC(2027, 2, 13, 9, 0), late: true }],
  feedback: { text: 'Mooie kleuren, de toelichting mag langer.', grade: '7.5', updatedAt: Date.UTC(2027, 2, 14, 10, 0) },
  answers: [],
  ...change,
});

function render(shown: BoardDoc, change: Partial<BoardPayload> = {}, select: string | null = null) {
  const store = createEditorStore(shown, { knownParts: ['deel-1', 'deel-2'] });
  if (select) store.getState().dispatch({ type: 'select', id: select });
  // A server render reads a store's initial state; this one renders what the store holds now.
  const rendered = { ...store, getInitialState: store.getState };
  const sync = new BoardSync({
    boardId: 'b1',
    revision: 4,
    store,
    storage: memoryStorage(),
    channel: null,
    events: null,
    now: () => Date.UTC(2027, 2, 14, 12, 5),
  });
  const html = renderToStaticMarkup(
    <EditorProvider store={rendered}>
      <EditorShell boardId="b1" lang="nl" payload={payload(change)} store={store} sync={sync} />
    </EditorProvider>,
  );
  sync.dispose();
  return { html, text: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') };
}

describe('EditorShell', () => {
  it('puts the feedback and grade first, then the title and the save status', () => {
    const { html, text } = render(doc);
    expect(text.indexOf('Feedback van je docent')).toBeLessThan(text.indexOf('Moodboard G-Star'));
    expect(text).toContain('Beoordeling: 7,5');
    expect(text).toContain('Mooie kleuren, de toelichting mag langer.');
    expect(html).toMatch(/<p class="mb-save" role="status" data-kind="saved">Opgeslagen om \d\d:\d\d<\/p>/);
    expect(text).toContain('inleveren vóór 12 maart 2027 om 23:59 · te laat');
  });

  it('names every item by kind and text, focusable in list order, with the board instructions', () => {
    const { html } = render(doc);
    const labels = [...html.matchAll(/role="group" tabindex="0" aria-label="([^"]+)"/g)].map((match) => match[1]);
    expect(labels).toEqual(['Afbeelding (nog zonder beschrijving)', 'Plakbriefje: Klantdag', 'Kop: G-Star RAW']);
    expect(html).toContain('aria-describedby="mb-board-help"');
    expect(html).toContain('id="mb-board-help"');
    expect(html).toContain('data-colour="groen"');
  });

  it('has undo and redo disabled before any change, and item actions disabled without a selection', () => {
    const { html } = render(doc);
    expect(html).toMatch(/<button type="button" class="mb-tool" disabled="" aria-keyshortcuts="Control\+Z">Ongedaan maken<\/button>/);
    expect(html).toMatch(/disabled="" aria-keyshortcuts="Delete">Verwijderen/);
    expect(html).toContain('accept="image/jpeg,image/png,image/webp,image/gif"');
    expect(html).toContain('Kies een onderdeel op het bord om het te bewerken.');
  });

  it('shows the selected item with its handles, its fields and the parts it covers', () => {
    const { html, text } = render(doc, {}, 'geel');
    expect(html).toContain('aria-current="true"');
    expect(html).toContain('mb-handle-resize');
    expect(html).toContain('mb-handle-rotate');
    expect(html).toMatch(/<input type="radio" name="panel-geel-colour" checked="" value="groen"\/>groen/);
    expect(html).toMatch(/<input id="panel-geel-deel-2" type="checkbox" checked=""\/>/);
    expect(html).toMatch(/<input id="panel-geel-deel-1" type="checkbox"\/>/);
    expect(text).toContain('Dit onderdeel laat zien:');
  });

  it('shows which parts are covered, the word count and that the explanation is required', () => {
    const { html, text } = render(doc);
    expect(text).toContain('1 van 2 onderdelen gedaan');
    expect(text).toMatch(/Financiële binding \(nog niet gedaan\)/);
    expect(text).toMatch(/Sociale binding \(gedaan\) Plakbriefje: Klantdag/);
    expect(text).toContain('7 woorden');
    expect(text).toContain('(verplicht)');
    expect(html).toContain('required=""');
  });

  it('lists the versions handed in, late ones marked, and offers a new hand-in and the exports', () => {
    const { text } = render(doc);
    expect(text).toContain('Versie 1 ingeleverd op 13 maart 2027 om 10:00 (te laat)');
    expect(text).toContain('Nieuwe versie inleveren');
    expect(text).toContain('Download als PNG');
    expect(text).toContain('Download als PDF');
  });

  it('greets an empty board with the brief, the parts and where to begin', () => {
    const { text } = render(emptyBoard(), { feedback: null, versions: [] });
    expect(text).toContain('Je moodboard is nog leeg');
    expect(text).toContain('Maak een moodboard over klantenbinding.');
    expect(text).toMatch(/Financiële binding Sociale binding/);
    expect(text).toContain('Begin met een kop of een afbeelding.');
    expect(text).not.toContain('Feedback van je docent');
    expect(text).toContain(' Inleveren ');
  });

  it('shows the brief paragraph by paragraph: open on an empty board, folded once there is work', () => {
    const brief = { ...payload().assignment, brief: 'Je wilt dat zij meer wil verkopen.\n\nAan het eind lever je een moodboard op.' };
    const paragraphs = '<div class="mb-brief"><p>Je wilt dat zij meer wil verkopen.</p><p>Aan het eind lever je een moodboard op.</p></div>';
    expect(render(emptyBoard(), { assignment: brief }).html).toContain(paragraphs);
    const working = render(doc, { assignment: brief }).html;
    expect(working).toContain(`<details class="mb-brief-box"><summary>De opdracht</summary>${paragraphs}</details>`);
  });
});

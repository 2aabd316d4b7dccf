import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/index.ts';
import type { BoardPayload } from '../../shared/moodboard/api.ts';
import { boardDocSchema, type BoardDoc } from '../../shared/moodboard/board.ts';
import { createEditorStore, EditorProvider } from '../store.ts';
import { AnswerDialog } from './AnswerDialog.tsx';
import { EditorUiContext, type EditorUi } from './context.ts';
import { ListLayout } from './ListLayout.tsx';

const base = { rotation: 0, w: 200, h: 200, x: 0, y: 0, parts: [] };
const doc: BoardDoc = boardDocSchema.parse({
  version: 1,
  explanation: '',
  items: [
    { ...base, id: 'a', kind: 'heading', text: 'Achteraan', z: 0 },
    { ...base, id: 'b', kind: 'link', url: 'https://www.g-star.com', title: 'Webshop', z: 5, parts: ['deel-1'] },
    { ...base, id: 'c', kind: 'note', text: 'Vooraan', z: 9 },
  ],
});

const payload = (answers: BoardPayload['answers']): BoardPayload => ({
  board: { id: 'b1', revision: 0, doc, updatedAt: 0 },
  assignment: {
    title: 'M',
    brief: '',
    parts: [{ id: 'deel-1', text: 'Het doel' }],
    explanationRequired: false,
    deadline: 0,
    lessonTitle: 'Les 2',
  },
  student: { name: 'Sanne' },
  status: 'working',
  versions: [],
  feedback: null,
  answers,
});

function render(node: ReactNode, answers: BoardPayload['answers'] = []) {
  const store = createEditorStore(doc);
  const ui: EditorUi = {
    t: translator('nl'),
    lang: 'nl',
    boardId: 'b1',
    payload: payload(answers),
    editingId: null,
    setEditingId: () => undefined,
    focusItem: () => undefined,
    upload: { kind: 'idle' },
    addImage: () => undefined,
    listLayout: true,
  };
  const html = renderToStaticMarkup(
    <EditorProvider store={store}>
      <EditorUiContext.Provider value={ui}>{node}</EditorUiContext.Provider>
    </EditorProvider>,
  );
  return { html, text: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') };
}

describe('ListLayout', () => {
  it('lists the items back to front, each with its fields and named move, duplicate and delete buttons', () => {
    const { html, text } = render(<ListLayout />);
    const titles = [...html.matchAll(/<h3 id="mb-list-\w-name" class="mb-card-title">([^<]+)<\/h3>/g)].map((match) => match[1]);
    expect(titles).toEqual(['Kop: Achteraan', 'Link: Webshop', 'Tekst: Vooraan']);
    expect(html).toMatch(/disabled="" aria-label="Omhoog: Kop: Achteraan"/);
    expect(html).toMatch(/disabled="" aria-label="Omlaag: Tekst: Vooraan"/);
    expect(html).toContain('aria-label="Verwijderen: Link: Webshop"');
    expect(html).toContain('value="https://www.g-star.com"');
    expect(text).toContain('Eisen die dit onderdeel laat zien (1)');
    expect(html).toMatch(/<input id="list-b-deel-1" type="checkbox" checked=""\/>/);
  });
});

describe('AnswerDialog', () => {
  it('says so when the student has no answers from the lesson', () => {
    const { text } = render(<AnswerDialog onClose={() => undefined} />);
    expect(text).toContain('Er zijn nog geen antwoorden van jou uit deze les.');
  });

  it('lists the student’s own answers with their question, to pick one or more', () => {
    const answers = [
      { sessionId: 's1', itemId: 'binding-activiteiten', slide: 19, question: 'Jouw activiteit voor binding', text: 'Een klantenavond.' },
      { sessionId: 's1', itemId: 'open-klantwaarde', slide: 31, question: 'Wanneer is een klant van waarde?', text: 'Als hij terugkomt.' },
    ];
    const { html, text } = render(<AnswerDialog onClose={() => undefined} />, answers);
    expect(text).toContain('Jouw antwoorden uit Les 2');
    expect(text).toMatch(/Jouw activiteit voor binding dia 19 Een klantenavond\./);
    expect(html.match(/type="checkbox"/g)).toHaveLength(2);
    expect(html).toMatch(/<button type="submit" class="button" disabled="">Toevoegen \(0\)<\/button>/);
  });
});

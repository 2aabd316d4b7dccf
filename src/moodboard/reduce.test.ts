import { describe, expect, it } from 'vitest';
import { assignmentParts } from '../shared/moodboard/assignment.ts';
import { BOARD, boardDocSchema, type BoardDoc, type BoardItem } from '../shared/moodboard/board.ts';
import { HISTORY_LIMIT, initialEditorState, itemsInListOrder, makeId, newItem, partsCoverage, reduce } from './reduce.ts';
import type { EditorAction, EditorState } from './types.ts';

const base = { rotation: 0, parts: [] as string[] };
const doc = (): BoardDoc => ({
  version: 1,
  explanation: 'Eerste versie.',
  items: [
    { ...base, id: 'head', kind: 'heading', text: 'G-Star', x: 40, y: 40, w: 520, h: 80, z: 0 },
    { ...base, id: 'geel', kind: 'sticky', text: 'Loyaliteit', colour: 'geel', x: 600, y: 200, w: 200, h: 200, z: 1 },
    { ...base, id: 'kleur', kind: 'swatch', colour: '#112233', label: 'Denim', x: 900, y: 200, w: 160, h: 180, z: 2 },
    { ...base, id: 'link', kind: 'link', url: 'https://www.g-star.com/', title: 'Site', x: 100, y: 600, w: 320, h: 120, z: 3 },
  ],
});

const start = (snap = true): EditorState => initialEditorState(doc(), { snap, knownParts: ['deel-1', 'deel-2', 'deel-3'] });
const item = (state: EditorState, id: string): BoardItem | undefined => state.doc.items.find((candidate) => candidate.id === id);
const run = (state: EditorState, actions: EditorAction[]): EditorState => actions.reduce(reduce, state);
const order = (state: EditorState): string[] => itemsInListOrder(state.doc).map((candidate) => candidate.id);

describe('reduce: changes', () => {
  it.each<[string, EditorAction, boolean, (state: EditorState) => unknown, unknown]>([
    [
      'move snaps to the grid',
      { type: 'move', id: 'geel', x: 613, y: 247 },
      true,
      (s) => [item(s, 'geel')?.x, item(s, 'geel')?.y],
      [620, 240],
    ],
    [
      'move without snap keeps the exact spot',
      { type: 'move', id: 'geel', x: 613, y: 247 },
      false,
      (s) => [item(s, 'geel')?.x, item(s, 'geel')?.y],
      [613, 247],
    ],
    [
      'move keeps part of the item on the board',
      { type: 'move', id: 'geel', x: 5000, y: -900 },
      true,
      (s) => [item(s, 'geel')?.x, item(s, 'geel')?.y],
      [1560, -160],
    ],
    [
      'resize snaps and keeps the minimum',
      { type: 'resize', id: 'geel', w: 3, h: 251 },
      true,
      (s) => [item(s, 'geel')?.w, item(s, 'geel')?.h],
      [40, 260],
    ],
    [
      'resize without snap: minimum height 30',
      { type: 'resize', id: 'geel', w: 55, h: 1 },
      false,
      (s) => [item(s, 'geel')?.w, item(s, 'geel')?.h],
      [55, 30],
    ],
    [
      'resize is at most the board',
      { type: 'resize', id: 'geel', w: 9000, h: 9000 },
      true,
      (s) => [item(s, 'geel')?.w, item(s, 'geel')?.h],
      [1600, 1000],
    ],
    [
      'resize from a corner moves it too',
      { type: 'resize', id: 'geel', w: 300, h: 300, x: 509, y: 104 },
      true,
      (s) => [item(s, 'geel')?.x, item(s, 'geel')?.y],
      [500, 100],
    ],
    ['rotate snaps to 15°', { type: 'rotate', id: 'geel', rotation: 37 }, true, (s) => item(s, 'geel')?.rotation, 30],
    ['rotate normalises to -180..180', { type: 'rotate', id: 'geel', rotation: 370 }, false, (s) => item(s, 'geel')?.rotation, 10],
    ['rotate of 190 becomes -170', { type: 'rotate', id: 'geel', rotation: 190 }, false, (s) => item(s, 'geel')?.rotation, -170],
    ['rotate of 180 stays 180', { type: 'rotate', id: 'geel', rotation: 180 }, true, (s) => item(s, 'geel')?.rotation, 180],
    ['bringToFront', { type: 'bringToFront', id: 'head' }, true, order, ['geel', 'kleur', 'link', 'head']],
    ['sendToBack', { type: 'sendToBack', id: 'link' }, true, order, ['link', 'head', 'geel', 'kleur']],
    [
      'moveInList forwards swaps with the next',
      { type: 'moveInList', id: 'geel', direction: 1 },
      true,
      order,
      ['head', 'kleur', 'geel', 'link'],
    ],
    [
      'moveInList backwards swaps with the previous',
      { type: 'moveInList', id: 'geel', direction: -1 },
      true,
      order,
      ['geel', 'head', 'kleur', 'link'],
    ],
    ['delete', { type: 'delete', id: 'kleur' }, true, (s) => s.doc.items.map((i) => i.id), ['head', 'geel', 'link']],
    [
      'duplicate on the free spot next to the original, in front, selected',
      { type: 'duplicate', id: 'geel', newId: 'kopie' },
      true,
      (s) => [item(s, 'kopie')?.x, item(s, 'kopie')?.y, order(s).at(-1), s.selectedId],
      [600, 440, 'kopie', 'kopie'],
    ],
    [
      'update sticky text',
      { type: 'update', id: 'geel', patch: { text: 'Trouw' } },
      true,
      (s) => item(s, 'geel'),
      expect.objectContaining({ text: 'Trouw', colour: 'geel' }),
    ],
    [
      'update sticky colour',
      { type: 'update', id: 'geel', patch: { colour: 'roze' } },
      true,
      (s) => item(s, 'geel'),
      expect.objectContaining({ colour: 'roze' }),
    ],
    [
      'update swatch colour to lower case',
      { type: 'update', id: 'kleur', patch: { colour: '#AABBCC', label: 'Licht' } },
      true,
      (s) => item(s, 'kleur'),
      expect.objectContaining({ colour: '#aabbcc', label: 'Licht' }),
    ],
    [
      'update leaves out fields the kind lacks',
      { type: 'update', id: 'head', patch: { text: 'Nieuw', colour: 'roze', url: 'https://x.nl' } },
      true,
      (s) => item(s, 'head'),
      expect.not.objectContaining({ colour: expect.anything() }),
    ],
    [
      'update link',
      { type: 'update', id: 'link', patch: { url: 'http://example.org/a', title: 'A' } },
      true,
      (s) => item(s, 'link'),
      expect.objectContaining({ url: 'http://example.org/a', title: 'A' }),
    ],
    [
      'setParts keeps known parts once, in order',
      { type: 'setParts', id: 'geel', parts: ['deel-3', 'deel-1', 'deel-9', 'deel-3', 'onzin'] },
      true,
      (s) => item(s, 'geel')?.parts,
      ['deel-1', 'deel-3'],
    ],
    ['setExplanation', { type: 'setExplanation', text: 'Nieuw verhaal' }, true, (s) => s.doc.explanation, 'Nieuw verhaal'],
    [
      'setExplanation keeps to the maximum length',
      { type: 'setExplanation', text: 'a'.repeat(BOARD.maxExplanationLength + 5) },
      true,
      (s) => s.doc.explanation.length,
      BOARD.maxExplanationLength,
    ],
  ])('%s', (_name, action, snap, read, expected) => {
    const before = start(snap);
    const after = reduce(before, action);
    expect(read(after)).toEqual(expected);
    expect(after.localVersion).toBe(1);
    expect(after.past).toEqual([before.doc]);
    expect(boardDocSchema.safeParse(after.doc).success).toBe(true);
  });
});

describe('reduce: nothing changes (same state object)', () => {
  const stickyOnTop = run(start(), [{ type: 'bringToFront', id: 'geel' }]);
  it.each<[string, EditorAction, EditorState?]>([
    ['move of an unknown id', { type: 'move', id: 'nope', x: 1, y: 1 }],
    ['move to where it is', { type: 'move', id: 'geel', x: 600, y: 200 }],
    ['move to NaN', { type: 'move', id: 'geel', x: Number.NaN, y: 1 }],
    ['resize of an unknown id', { type: 'resize', id: 'nope', w: 100, h: 100 }],
    ['rotate of an unknown id', { type: 'rotate', id: 'nope', rotation: 15 }],
    ['rotate by less than half a step', { type: 'rotate', id: 'geel', rotation: 7 }],
    ['bringToFront of the front item', { type: 'bringToFront', id: 'geel' }, stickyOnTop],
    ['sendToBack of the back item', { type: 'sendToBack', id: 'head' }],
    ['moveInList past the back', { type: 'moveInList', id: 'head', direction: -1 }],
    ['moveInList past the front', { type: 'moveInList', id: 'link', direction: 1 }],
    ['bringToFront of an unknown id', { type: 'bringToFront', id: 'nope' }],
    ['delete of an unknown id', { type: 'delete', id: 'nope' }],
    ['duplicate of an unknown id', { type: 'duplicate', id: 'nope', newId: 'x' }],
    ['duplicate to a taken id', { type: 'duplicate', id: 'geel', newId: 'head' }],
    ['duplicate to an invalid id', { type: 'duplicate', id: 'geel', newId: 'geen id!' }],
    ['update sticky with a colour it cannot have', { type: 'update', id: 'geel', patch: { colour: '#ff0000' } }],
    ['update swatch with a colour that is no #rrggbb', { type: 'update', id: 'kleur', patch: { colour: 'rood' } }],
    ['update with a field the kind lacks only', { type: 'update', id: 'kleur', patch: { text: 'x' } }],
    ['update link to a javascript: url', { type: 'update', id: 'link', patch: { url: 'javascript:alert(1)' } }],
    ['update heading over its length', { type: 'update', id: 'head', patch: { text: 'x'.repeat(121) } }],
    ['update with the same value', { type: 'update', id: 'geel', patch: { text: 'Loyaliteit' } }],
    ['update of an unknown id', { type: 'update', id: 'nope', patch: { text: 'x' } }],
    ['setParts of an unknown id', { type: 'setParts', id: 'nope', parts: ['deel-1'] }],
    ['setParts with only unknown parts on an item without parts', { type: 'setParts', id: 'geel', parts: ['deel-7'] }],
    ['setExplanation with the same text', { type: 'setExplanation', text: 'Eerste versie.' }],
    ['select an unknown id', { type: 'select', id: 'nope' }],
    ['select nothing when nothing is selected', { type: 'select', id: null }],
    ['setSnap to what it is', { type: 'setSnap', snap: true }],
    ['undo without history', { type: 'undo' }],
    ['redo without future', { type: 'redo' }],
    [
      'add with an id that is taken',
      { type: 'add', item: { ...base, id: 'geel', kind: 'note', text: '', x: 0, y: 0, w: 100, h: 100, z: 0 } },
    ],
    [
      'add of an invalid item',
      { type: 'add', item: { ...base, id: 'n', kind: 'sticky', text: '', colour: 'paars' as 'geel', x: 0, y: 0, w: 100, h: 100, z: 0 } },
    ],
  ])('%s', (_name, action, given) => {
    const state = given ?? start();
    expect(reduce(state, action)).toBe(state);
  });

  it('add beyond the maximum number of items', () => {
    let state = initialEditorState({ version: 1, explanation: '', items: [] });
    for (let index = 0; index < BOARD.maxItems; index += 1)
      state = reduce(state, { type: 'add', item: newItem('sticky', { doc: state.doc, id: `s${index}` }) });
    expect(state.doc.items).toHaveLength(BOARD.maxItems);
    expect(reduce(state, { type: 'add', item: newItem('note', { doc: state.doc }) })).toBe(state);
    expect(reduce(state, { type: 'duplicate', id: 's0', newId: 'extra' })).toBe(state);
    expect(boardDocSchema.safeParse(state.doc).success).toBe(true);
  });
});

describe('reduce: add, select, snap, load', () => {
  it('adds in front, kept on the board and snapped, and selects it', () => {
    const note = newItem('note', { doc: doc(), id: 'notitie', x: 1599, y: 33, parts: ['deel-2', 'deel-2'] });
    const state = reduce(start(), { type: 'add', item: note });
    expect(order(state).at(-1)).toBe('notitie');
    expect(item(state, 'notitie')).toMatchObject({ x: 1560, y: 40, parts: ['deel-2'] });
    expect(state.selectedId).toBe('notitie');
    expect(boardDocSchema.safeParse(state.doc).success).toBe(true);
  });

  it('select and setSnap never enter the history or need saving', () => {
    const state = run(start(), [
      { type: 'select', id: 'geel' },
      { type: 'setSnap', snap: false },
    ]);
    expect(state).toMatchObject({ selectedId: 'geel', snap: false, past: [], localVersion: 0 });
    expect(reduce(state, { type: 'select', id: null }).selectedId).toBeNull();
  });

  it('delete of the selected item clears the selection', () => {
    const state = run(start(), [
      { type: 'select', id: 'geel' },
      { type: 'delete', id: 'geel' },
    ]);
    expect(state.selectedId).toBeNull();
  });

  it('load replaces the doc, clears the history and is nothing to save', () => {
    const changed = run(start(), [{ type: 'move', id: 'geel', x: 0, y: 0 }, { type: 'undo' }]);
    const other: BoardDoc = { version: 1, explanation: 'van de server', items: [] };
    const loaded = reduce(changed, { type: 'load', doc: other });
    expect(loaded).toMatchObject({ doc: other, past: [], future: [], localVersion: changed.localVersion });
    expect(reduce(loaded, { type: 'undo' })).toBe(loaded);
    expect(reduce(loaded, { type: 'redo' })).toBe(loaded);
  });

  it('load with keepUndo (the student chose the other version) keeps the replaced doc one undo away', () => {
    const changed = run(start(), [{ type: 'move', id: 'geel', x: 0, y: 0 }]);
    const other: BoardDoc = { version: 1, explanation: 'van de server', items: [] };
    const loaded = reduce(changed, { type: 'load', doc: other, keepUndo: true });
    expect(loaded).toMatchObject({ doc: other, past: [...changed.past, changed.doc], future: [], localVersion: changed.localVersion });
    const back = reduce(loaded, { type: 'undo' });
    expect(back.doc).toEqual(changed.doc);
    expect(back.localVersion).toBe(changed.localVersion + 1);
  });
});

describe('reduce: undo and redo', () => {
  it('walks back and forth, and every step is something to save', () => {
    const moved = run(start(), [
      { type: 'move', id: 'geel', x: 0, y: 0 },
      { type: 'update', id: 'geel', patch: { colour: 'blauw' } },
    ]);
    const undone = run(moved, [{ type: 'undo' }, { type: 'undo' }]);
    expect(undone.doc).toEqual(doc());
    expect(undone.localVersion).toBe(4);
    const redone = reduce(undone, { type: 'redo' });
    expect(item(redone, 'geel')).toMatchObject({ x: 0, y: 0, colour: 'geel' });
    expect(reduce(reduce(redone, { type: 'redo' }), { type: 'undo' }).doc).toEqual(redone.doc);
  });

  it('a new change clears the redo steps', () => {
    const state = run(start(), [{ type: 'delete', id: 'head' }, { type: 'undo' }, { type: 'delete', id: 'link' }]);
    expect(state.future).toEqual([]);
    expect(reduce(state, { type: 'redo' })).toBe(state);
  });

  it('undo of an add clears a selection of the gone item', () => {
    const state = run(start(), [{ type: 'add', item: newItem('sticky', { doc: doc(), id: 'nieuw' }) }, { type: 'undo' }]);
    expect(state.selectedId).toBeNull();
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    let state = start();
    for (let step = 0; step < HISTORY_LIMIT + 20; step += 1) state = reduce(state, { type: 'move', id: 'geel', x: (step % 50) * 20, y: 0 });
    expect(state.past).toHaveLength(HISTORY_LIMIT);
  });

  it.each<[string, EditorAction[], number]>([
    ['typing without times is one step', [1, 2, 3].map((n) => ({ type: 'setExplanation', text: 'x'.repeat(n) })), 1],
    ['typing with short pauses is one step', [0, 900, 1800].map((at, n) => ({ type: 'setExplanation', text: 'y'.repeat(n + 1), at })), 1],
    ['a pause of a second starts a new step', [0, 500, 1600].map((at, n) => ({ type: 'setExplanation', text: 'z'.repeat(n + 1), at })), 2],
    ['typing in a sticky is one step', ['L', 'Lo', 'Loy'].map((text) => ({ type: 'update', id: 'geel', patch: { text } })), 1],
    [
      'typing in two items is two steps',
      [
        { type: 'update', id: 'geel', patch: { text: 'a' } },
        { type: 'update', id: 'head', patch: { text: 'b' } },
      ],
      2,
    ],
    ['a drag with times is one step', [0, 16, 32].map((at) => ({ type: 'move', id: 'geel', x: at * 20, y: 0, at })), 1],
    ['moves without times are separate steps', [1, 2, 3].map((n) => ({ type: 'move', id: 'geel', x: n * 20, y: 0 })), 3],
    [
      'another action in between ends the merge',
      [
        { type: 'setExplanation', text: 'a' },
        { type: 'delete', id: 'head' },
        { type: 'setExplanation', text: 'ab' },
      ],
      3,
    ],
  ])('%s', (_name, actions, steps) => {
    const state = run(start(), actions);
    expect(state.past).toHaveLength(steps);
    expect(state.localVersion).toBe(actions.length);
    const back = Array.from({ length: steps }).reduce<EditorState>((current) => reduce(current, { type: 'undo' }), state);
    expect(back.doc).toEqual(doc());
  });

  it('typing after an undo starts a new step', () => {
    const state = run(start(), [
      { type: 'setExplanation', text: 'a' },
      { type: 'undo' },
      { type: 'setExplanation', text: 'b' },
      { type: 'setExplanation', text: 'bc' },
    ]);
    expect(state.past).toHaveLength(1);
  });
});

describe('helpers', () => {
  it('makeId gives short, valid, different ids', () => {
    const ids = Array.from({ length: 50 }, makeId);
    expect(new Set(ids).size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{1,40}$/);
  });

  it('newItem makes a valid item of every kind on a free spot', () => {
    let state = initialEditorState({ version: 1, explanation: '', items: [] });
    const makers: ((board: BoardDoc) => BoardItem)[] = [
      (board) => newItem('heading', { doc: board }),
      (board) => newItem('note', { doc: board }),
      (board) => newItem('sticky', { doc: board }),
      (board) => newItem('image', { doc: board, uploadId: 'up1', naturalWidth: 1200, naturalHeight: 800, alt: 'Jas' }),
      (board) => newItem('link', { doc: board, url: 'https://example.org' }),
      (board) => newItem('swatch', { doc: board }),
      (board) => newItem('answer', { doc: board, source: { sessionId: 's1', itemId: 'binding' }, question: 'Wat?', text: 'Dit.' }),
    ];
    for (const make of makers) state = reduce(state, { type: 'add', item: make(state.doc) });
    const made = state.doc.items;
    expect(made).toHaveLength(7);
    expect(made.map((candidate) => candidate.kind)).toEqual(['heading', 'note', 'sticky', 'image', 'link', 'swatch', 'answer']);
    expect(boardDocSchema.safeParse(state.doc).success).toBe(true);
    const apart = (a: BoardItem, b: BoardItem) => a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
    for (const [index, a] of made.entries()) for (const b of made.slice(index + 1)) expect(apart(a, b)).toBe(true);
    expect(state.doc.items.find((candidate) => candidate.kind === 'image')).toMatchObject({ w: 360, h: 240 });
  });

  it('copies of one item each get their own free spot, none covering another', () => {
    let state = start();
    for (let index = 0; index < 5; index++) state = reduce(state, { type: 'duplicate', id: 'geel', newId: `kopie${index}` });
    const stickies = state.doc.items.filter((candidate) => candidate.kind === 'sticky');
    expect(stickies).toHaveLength(6);
    const apart = (a: BoardItem, b: BoardItem) => a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
    for (const [index, a] of state.doc.items.entries()) for (const b of state.doc.items.slice(index + 1)) expect(apart(a, b)).toBe(true);
  });

  it('partsCoverage lists the items per part', () => {
    const state = run(start(), [
      { type: 'setParts', id: 'link', parts: ['deel-1'] },
      { type: 'setParts', id: 'geel', parts: ['deel-1', 'deel-2'] },
    ]);
    const coverage = partsCoverage(state.doc, assignmentParts(['Doelgroep', 'Kleuren', 'Binding']));
    expect(coverage.map(({ part, items }) => [part.id, items.map((candidate) => candidate.id)])).toEqual([
      ['deel-1', ['geel', 'link']],
      ['deel-2', ['geel']],
      ['deel-3', []],
    ]);
  });
});

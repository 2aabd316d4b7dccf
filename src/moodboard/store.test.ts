import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { BoardDoc } from '../shared/moodboard/board.ts';
import { newItem } from './reduce.ts';
import { createEditorStore, EditorProvider, useEditor } from './store.ts';

const empty = (): BoardDoc => ({ version: 1, explanation: '', items: [] });

describe('editor store', () => {
  it('runs actions through the reducer and tells listeners once per change', () => {
    const store = createEditorStore(empty());
    const heard: number[] = [];
    store.subscribe((state) => heard.push(state.localVersion));
    const { dispatch } = store.getState();
    dispatch({ type: 'add', item: newItem('sticky', { doc: store.getState().doc, id: 'a' }) });
    dispatch({ type: 'setExplanation', text: 'Hallo' });
    dispatch({ type: 'undo' });
    expect(heard).toEqual([1, 2, 3]);
    expect(store.getState()).toMatchObject({ selectedId: 'a', doc: { explanation: '', items: [{ id: 'a' }] } });
    expect(typeof store.getState().dispatch).toBe('function');
  });

  it('stays quiet when an action changes nothing', () => {
    const store = createEditorStore(empty());
    let calls = 0;
    store.subscribe(() => (calls += 1));
    store.getState().dispatch({ type: 'move', id: 'missing', x: 10, y: 10 });
    store.getState().dispatch({ type: 'undo' });
    store.getState().dispatch({ type: 'setSnap', snap: true });
    expect(calls).toBe(0);
  });

  it('takes the known parts and the snap switch', () => {
    const store = createEditorStore(empty(), { knownParts: ['deel-1'], snap: false });
    store.getState().dispatch({ type: 'add', item: newItem('note', { doc: empty(), id: 'n', x: 13, y: 17, parts: ['deel-1', 'deel-2'] }) });
    expect(store.getState().doc.items[0]).toMatchObject({ x: 13, y: 17, parts: ['deel-1'] });
  });

  it('useEditor reads a slice of the store of the provider above', () => {
    const store = createEditorStore({ ...empty(), explanation: 'Mijn uitleg' });
    function Explanation() {
      const text = useEditor((state) => state.doc.explanation);
      const version = useEditor((state) => state.localVersion);
      return createElement('p', null, `${text} (${version})`);
    }
    expect(renderToStaticMarkup(createElement(EditorProvider, { store }, createElement(Explanation)))).toBe('<p>Mijn uitleg (0)</p>');
    const other = createEditorStore({ ...empty(), explanation: 'Ander bord' });
    expect(renderToStaticMarkup(createElement(EditorProvider, { store: other }, createElement(Explanation)))).toBe('<p>Ander bord (0)</p>');
  });

  it('useEditor outside a provider says what is missing', () => {
    function Lost() {
      useEditor((state) => state.snap);
      return null;
    }
    expect(() => renderToStaticMarkup(createElement(Lost))).toThrow(/EditorProvider/);
  });
});

import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BoardDoc } from '../shared/moodboard/board.ts';
import { initialEditorState, reduce } from './reduce.ts';
import type { EditorAction, EditorState } from './types.ts';

export interface EditorStoreState extends EditorState {
  /** The only way to change the state: runs `reduce`; listeners hear nothing when it changed nothing. */
  dispatch(action: EditorAction): void;
}

export type EditorStore = StoreApi<EditorStoreState>;

/** One editor's store (one per island), starting from `doc` with an empty history. */
export function createEditorStore(doc: BoardDoc, options: { knownParts?: readonly string[]; snap?: boolean } = {}): EditorStore {
  return createStore<EditorStoreState>()((set, get) => ({
    ...initialEditorState(doc, options),
    dispatch(action) {
      const current = get();
      const next = reduce(current, action);
      if (next !== current) set(next);
    },
  }));
}

const EditorStoreContext = createContext<EditorStore | null>(null);

/** Gives the components below it `store` (see `useEditor`). */
export function EditorProvider(props: { store: EditorStore; children?: ReactNode }): ReactNode {
  return createElement(EditorStoreContext.Provider, { value: props.store }, props.children);
}

/** The store of the `EditorProvider` above; throws outside one, since that is a wiring mistake. */
export function useEditorStore(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('useEditor needs an <EditorProvider> around it');
  return store;
}

/** A slice of the editor state; the component renders again only when the slice changes (Object.is). */
export function useEditor<T>(selector: (state: EditorStoreState) => T): T {
  return useStore(useEditorStore(), selector);
}

import { createContext, useContext } from 'react';
import type { Language, Translate } from '../../i18n/index.ts';
import type { BoardPayload } from '../../shared/moodboard/api.ts';
import type { BoardItem } from '../../shared/moodboard/board.ts';

/** Where the editor's images are read; `small` asks for the thumbnail. */
export const imageAddress = (uploadId: string, small = false) =>
  `/api/afbeeldingen/${encodeURIComponent(uploadId)}${small ? '?klein' : ''}`;

export type UploadState = { kind: 'idle' } | { kind: 'uploading'; progress: number | null } | { kind: 'refused'; message: string };

/** What the editor's parts share besides the store: the texts, the board's context and the UI state. */
export interface EditorUi {
  t: Translate;
  lang: Language;
  boardId: string;
  payload: BoardPayload;
  /** The item whose text is being edited in place, if any. */
  editingId: string | null;
  setEditingId: (id: string | null) => void;
  /** Selects the item and moves focus (and the view) to it, on the board or in the list. */
  focusItem: (id: string) => void;
  upload: UploadState;
  /** Checks, uploads and adds an image; a refusal leaves the board as it is. */
  addImage: (file: File) => void;
  listLayout: boolean;
}

export const EditorUiContext = createContext<EditorUi | null>(null);

export function useEditorUi(): EditorUi {
  const ui = useContext(EditorUiContext);
  if (!ui) throw new Error('useEditorUi needs an EditorUiContext provider');
  return ui;
}

/** The DOM id of an item's element on the board (`board`) or in the list layout. */
export const itemElementId = (id: string, where: 'board' | 'list') => `mb-${where}-${id}`;

/** The item's kind and words, e.g. "Plakbriefje: Klantdag", for its accessible name. */
export function itemName(t: Translate, item: BoardItem, text: string): string {
  const kind = t(`mbEdit.kind.${item.kind}`);
  if (text.trim()) return `${kind}: ${text.trim().slice(0, 120)}`;
  return `${kind} ${t(item.kind === 'image' ? 'mbEdit.item.noAlt' : 'mbEdit.item.empty')}`;
}

// What the editor needs once its board has arrived, loaded by MoodboardEditor while the board loads,
// so that the page's first script stays small.
export { createEditorStore, EditorProvider } from '../store.ts';
export { BoardSync } from '../sync.ts';
export { EditorShell } from './EditorShell.tsx';

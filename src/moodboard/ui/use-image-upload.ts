import { useState } from 'react';
import type { Translate } from '../../i18n/index.ts';
import { newItem } from '../reduce.ts';
import type { EditorStore } from '../store.ts';
import type { UploadState } from './context.ts';
import { moodboardRefusalText } from './refusal-text.ts';
import { precheckImage, uploadImage } from './upload.ts';

/**
 * Image uploads of one editor: checks the file first, shows progress, and adds the image only
 * once the server has stored it; a refusal shows why (worded from its code) and leaves the board alone.
 */
export function useImageUpload(boardId: string, store: EditorStore, t: Translate) {
  const [upload, setUpload] = useState<UploadState>({ kind: 'idle' });
  const addImage = (file: File) => {
    if (upload.kind === 'uploading') return;
    const problem = precheckImage(file);
    if (problem) return setUpload({ kind: 'refused', message: t(problem) });
    setUpload({ kind: 'uploading', progress: 0 });
    void uploadImage(boardId, file, (progress) => setUpload({ kind: 'uploading', progress })).then((outcome) => {
      if (!outcome.ok)
        return setUpload({
          kind: 'refused',
          message: outcome.offline
            ? t('mbEdit.upload.offline')
            : outcome.code
              ? moodboardRefusalText(t, outcome.code)
              : t('mbEdit.upload.failed'),
        });
      const { doc, dispatch } = store.getState();
      const { uploadId, width, height } = outcome.result;
      dispatch({ type: 'add', item: newItem('image', { doc, uploadId, naturalWidth: width, naturalHeight: height, alt: '' }) });
      setUpload({ kind: 'idle' });
    });
  };
  return { upload, addImage, dismiss: () => setUpload({ kind: 'idle' }) };
}

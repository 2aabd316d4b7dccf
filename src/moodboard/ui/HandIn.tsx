import { useState } from 'react';
import type { VersionSummary } from '../../shared/moodboard/api.ts';
import { wordCount } from '../../shared/moodboard/board.ts';
import { partsCoverage } from '../reduce.ts';
import { useEditorStore } from '../store.ts';
import type { BoardSync } from '../sync.ts';
import { handInBoard } from './api-client.ts';
import { useEditorUi } from './context.ts';
import { saveStatusText, versionLine } from './format.ts';
import { Modal } from './Modal.tsx';
import { moodboardRefusalText } from './refusal-text.ts';

type Step =
  | { kind: 'idle' }
  | { kind: 'confirm'; warnings: string[] }
  | { kind: 'busy' }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; version: VersionSummary };

/**
 * "Inleveren": warns about missing parts or explanation (but allows it), saves what is left,
 * hands in the saved revision and lists every version handed in so far.
 */
export function HandIn({
  sync,
  versions,
  onHandedIn,
}: {
  sync: BoardSync;
  versions: VersionSummary[];
  onHandedIn: (version: VersionSummary) => void;
}) {
  const { t, lang, boardId, payload } = useEditorUi();
  const store = useEditorStore();
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const ask = () => {
    const { doc } = store.getState();
    const missing = partsCoverage(doc, payload.assignment.parts).filter((entry) => entry.items.length === 0);
    const warnings = missing.map((entry) => t('mbEdit.handIn.missingPart', { part: entry.part.text }));
    if (payload.assignment.explanationRequired && wordCount(doc.explanation) === 0) warnings.push(t('mbEdit.handIn.missingExplanation'));
    setStep({ kind: 'confirm', warnings });
  };

  const handIn = async () => {
    setStep({ kind: 'busy' });
    const saved = await sync.flush();
    if (saved.kind !== 'saved') {
      return setStep({
        kind: 'failed',
        message:
          saved.kind === 'error'
            ? saveStatusText(t, saved, lang)
            : t(saved.kind === 'conflict' ? 'mbEdit.handIn.conflict' : 'mbEdit.handIn.offline'),
      });
    }
    const outcome = await handInBoard(boardId, sync.revision);
    if (!outcome.ok)
      return setStep({
        kind: 'failed',
        message:
          outcome.code && !outcome.conflict
            ? moodboardRefusalText(t, outcome.code)
            : t(outcome.conflict ? 'mbEdit.handIn.conflict' : 'mbEdit.handIn.offline'),
      });
    onHandedIn(outcome.version);
    setStep({ kind: 'done', version: outcome.version });
  };

  return (
    <section className="mb-handin" aria-labelledby="mb-handin-title">
      <h2 id="mb-handin-title">{t('mbEdit.handIn.title')}</h2>
      <button type="button" className="button" onClick={ask} disabled={step.kind === 'busy'}>
        {step.kind === 'busy' ? t('mbEdit.handIn.busy') : versions.length > 0 ? t('mbEdit.handIn.again') : t('mbEdit.handIn.button')}
      </button>
      <p role="status" className={step.kind === 'failed' ? 'form-error' : 'mb-handin-result'}>
        {step.kind === 'done' && versionLine(t, step.version, lang)}
        {step.kind === 'failed' && step.message}
      </p>
      {versions.length > 0 && (
        <>
          <h3>{t('mbEdit.handIn.versions')}</h3>
          <ol className="mb-versions" reversed>
            {[...versions].reverse().map((version) => (
              <li key={version.number}>{versionLine(t, version, lang)}</li>
            ))}
          </ol>
        </>
      )}
      {step.kind === 'confirm' && (
        <Modal title={t('mbEdit.handIn.confirmTitle')} onClose={() => setStep({ kind: 'idle' })}>
          {step.warnings.length > 0 ? (
            <div className="mb-warning">
              <p>{t('mbEdit.handIn.warning')}</p>
              <ul>
                {step.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p>{t('mbEdit.handIn.complete')}</p>
          )}
          <p>{t('mbEdit.handIn.confirmText')}</p>
          <div className="actions">
            <button type="button" className="button" onClick={() => void handIn()}>
              {t('mbEdit.handIn.yes')}
            </button>
            <button type="button" className="button secondary" onClick={() => setStep({ kind: 'idle' })}>
              {t('mbEdit.cancel')}
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}

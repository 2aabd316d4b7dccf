import type { Translate } from '../i18n/index.ts';
import { refusalText } from '../live/refusal-text.ts';
import type { ConnectionStatus as Status } from '../live/stores.ts';
import { connectionView } from './connection-view.ts';

interface Props {
  status: Status;
  /** Whether the session has been shown on this connection already. */
  wasOnline: boolean;
  onRetry(): void;
  t: Translate;
}

/** The link to the live server in words (not colour only), with a retry after a refusal. */
export function ConnectionStatus({ status, wasOnline, onRetry, t }: Props) {
  const view = connectionView(status, wasOnline);
  return (
    <div className="tl-connection" data-tone={view.tone}>
      <p role="status">
        <span className="tl-dot" aria-hidden="true" /> {view.key ? t(view.key) : view.refusal && refusalText(t, view.refusal)}
      </p>
      {view.canRetry && (
        <button type="button" className="button secondary" onClick={onRetry}>
          {t('liveTeacher.retry')}
        </button>
      )}
    </div>
  );
}

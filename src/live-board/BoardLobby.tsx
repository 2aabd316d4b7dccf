import type { Translate } from '../i18n/index.ts';
import type { ParticipantView } from '../shared/protocol/events.ts';
import type { JoinInfo } from './BoardLive.tsx';
import { boardCommand } from './board-stores.ts';

/** Three rows of six: the newest names, and how many more. */
const NAME_CELLS = 18;

interface Props {
  join: JoinInfo;
  participants: ParticipantView[];
  t: Translate;
}

/** What the class sees while it joins: where to go, the code in huge type, the QR and who is in. */
export function BoardLobby({ join, participants, t }: Props) {
  const fits = participants.length <= NAME_CELLS;
  const shown = participants.slice(fits ? 0 : -(NAME_CELLS - 1)).reverse();
  const more = participants.length - shown.length;
  return (
    <section className="board-overlay board-lobby" aria-labelledby="board-lobby-title">
      <div className="board-lobby-join">
        <h2 id="board-lobby-title">{t('board.lobbyTitle')}</h2>
        <p className="board-lobby-step">{t('board.lobbyGoTo')}</p>
        <p className="board-lobby-address">{join.address}</p>
        <p className="board-lobby-step">{t('board.lobbyCode')}</p>
        <p className="board-lobby-code" aria-label={join.code.split('').join(' ')}>
          {join.code}
        </p>
      </div>
      <figure className="board-lobby-qr">
        <div className="board-qr" role="img" aria-label={t('live.qr')} dangerouslySetInnerHTML={{ __html: join.qrSvg }} />
        <figcaption>{t('board.lobbyScan')}</figcaption>
      </figure>
      <div className="board-lobby-people">
        <p className="board-lobby-count" aria-live="polite">
          {t('board.lobbyJoined', { n: participants.length })}
        </p>
        {participants.length === 0 ? (
          <p className="board-lobby-nobody">{t('board.lobbyNobody')}</p>
        ) : (
          <ul className="board-lobby-names">
            {shown.map((participant) => (
              <li key={participant.id}>{participant.name}</li>
            ))}
            {more > 0 && <li className="board-lobby-more">{t('board.lobbyMore', { n: more })}</li>}
          </ul>
        )}
      </div>
      <p className="board-lobby-start">
        <button type="button" className="button" onClick={() => void boardCommand('session:lobby', { shown: false })}>
          {t('board.lobbyStart')}
        </button>
        <span>{t('board.lobbyStartHint')}</span>
      </p>
    </section>
  );
}

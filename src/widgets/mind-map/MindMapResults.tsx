import type { Translate } from '../../i18n/index.ts';

interface Props {
  groups: { label: string; count: number }[];
  t: Translate;
}

/** Mind-map ideas grouped by the server (same words, any case or accents), most mentioned first. */
export function MindMapResults({ groups, t }: Props) {
  if (groups.length === 0) return <p className="hint">{t('liveTeacher.noAnswers')}</p>;
  return (
    <>
      <p className="visually-hidden">{t('liveTeacher.groupsCaption')}</p>
      <ol className="tl-groups">
        {groups.map((group) => (
          <li key={group.label}>
            <span className="tl-group-label">{group.label}</span>{' '}
            <span className="tl-count">{t('liveTeacher.times', { n: group.count })}</span>
          </li>
        ))}
      </ol>
    </>
  );
}

import type { ItemResults } from '../../shared/session/results.ts';
import type { KindViews } from '../views.ts';
import { HeatLayer } from './HeatLayer.tsx';
import { HotspotImage } from './HotspotImage.tsx';
import './hotspot.css';

type Results = Extract<ItemResults, { kind: 'hotspot' }>;
const own = (results: ItemResults | undefined): Results | undefined => (results?.kind === 'hotspot' ? results : undefined);

/** The taps as a heat map over the image; the right areas on the board once revealed, on the panel always. */
export const views: KindViews = {
  kind: 'hotspot',
  Board: ({ item, results, reveal, t }) => {
    const found = own(results);
    const points = found?.points ?? [];
    const areas = reveal?.areas;
    if (!item.image) return null;
    return (
      <div className="board-hotspot">
        <HotspotImage
          src={item.image.src}
          alt={item.image.alt}
          areas={areas}
          overlay={(aspect) => <HeatLayer points={points} aspect={aspect} />}
        />
        <p className="board-hotspot-count">
          {areas && found?.inside !== null && found?.inside !== undefined
            ? t('hotspot.inside', { inside: found.inside, answered: points.length })
            : t('hotspot.taps', { n: points.length })}
        </p>
      </div>
    );
  },
  Teacher: ({ item, results, t }) => {
    const found = own(results);
    const points = found?.points ?? [];
    if (!item.image) return null;
    return (
      <div className="tl-hotspot">
        <p>
          {found?.inside !== null && found?.inside !== undefined
            ? t('hotspot.inside', { inside: found.inside, answered: points.length })
            : t('hotspot.taps', { n: points.length })}
        </p>
        <HotspotImage
          src={item.image.src}
          alt={item.image.alt}
          areas={item.areas}
          overlay={(aspect) => <HeatLayer points={points} aspect={aspect} />}
        />
      </div>
    );
  },
};

import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.ts';
import { $removedParticipants, resetLiveStores } from '../live/stores.ts';
import { Lobby } from './Lobby.tsx';

const t = translator('nl');
const render = (anonymous: boolean) =>
  renderToStaticMarkup(<Lobby participants={[{ id: 'a', name: 'Sanne', connected: true }]} answeredBy={null} anonymous={anonymous} t={t} />);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

afterEach(() => resetLiveStores());

describe('Lobby', () => {
  it('lists no removed students while there are none', () => {
    expect(text(render(false))).not.toContain('Verwijderde leerlingen');
  });

  it('lists removed students with a "Laat weer toe" button each, folded away while anonymous', () => {
    $removedParticipants.set([
      { id: 'b', name: 'Daan' },
      { id: 'c', name: 'Aya' },
    ]);
    const open = render(false);
    expect(text(open)).toContain('Verwijderd (2)');
    expect(open).toContain('aria-label="Verwijderde leerlingen"');
    expect(text(open)).toMatch(/Daan Laat weer toe Daan .*Aya Laat weer toe Aya/);
    expect(open.match(/<details class="tl-teacher-only" open/g)).toHaveLength(1);
    expect(render(true)).not.toMatch(/<details class="tl-teacher-only" open/);
  });
});

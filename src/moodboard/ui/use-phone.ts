import { useSyncExternalStore } from 'react';

/** Below this width the editor shows the list layout instead of the board. */
export const PHONE_QUERY = '(max-width: 759.98px)';

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

/** True on narrow screens (phones); false on the server. */
export const usePhone = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => window.matchMedia(PHONE_QUERY).matches,
    () => false,
  );

import { fitSlide } from './fit.ts';
import { stopMedia } from './media.ts';
import { startElapsedClock, updatePresenterPanel } from './presenter-panel.ts';
import { followLiveSession, type LiveFollower } from './live-board.ts';
import { commandForKey, keyBelongsToControl, targetIndex } from './keys.ts';

/** Messages between the board and the presenter window of the same lesson. */
type DeckMessage = { type: 'goto'; index: number } | { type: 'hello' };

const SLIDE_WIDTH = 1280;
const SLIDE_HEIGHT = 720;

/**
 * Runs present mode: one slide at a time scaled to the screen, keyboard and clicker navigation,
 * an overview grid, and a presenter window kept in step over a BroadcastChannel.
 */
export function startPresentDeck(root: HTMLElement): void {
  const lesson = root.dataset.lesson ?? '';
  const presenter = root.dataset.view === 'presenter';
  const frames = [...root.querySelectorAll<HTMLElement>('[data-slide-frame]')];
  const total = frames.length;
  const stage = root.querySelector<HTMLElement>('.deck-stage');
  const slidesBox = root.querySelector<HTMLElement>('.deck-slides');
  const position = root.querySelector<HTMLElement>('[data-position]');
  const progress = root.querySelector<HTMLElement>('[data-progress]');
  const jump = root.querySelector<HTMLElement>('[data-jump]');
  const announcer = root.querySelector<HTMLElement>('[data-announcer]');
  const positionTemplate = root.dataset.positionTemplate ?? '{n} / {total}';
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`deck:${lesson}`);
  let current = 0;
  let buffer = '';
  let overview = false;
  let live: LiveFollower | null = null;

  const slideOf = (index: number) => frames[index - 1]?.querySelector<HTMLElement>('.slide') ?? null;

  function rescale(): void {
    if (!stage || !slidesBox) return;
    const scale = overview ? 1 : Math.min(stage.clientWidth / SLIDE_WIDTH, stage.clientHeight / SLIDE_HEIGHT);
    slidesBox.style.setProperty('--scale', String(scale));
  }

  function show(index: number, { broadcast = true, focus = false } = {}): void {
    const target = Math.min(Math.max(Math.trunc(index) || 1, 1), total);
    if (target === current) return;
    const leaving = frames[current - 1];
    if (leaving) stopMedia(leaving);
    current = target;
    frames.forEach((frame, i) => {
      const active = i + 1 === current;
      frame.classList.toggle('is-current', active);
      frame.toggleAttribute('inert', !active && !overview);
      frame.setAttribute('aria-hidden', String(!active && !overview));
    });
    const slide = slideOf(current);
    if (slide) fitSlide(slide);
    const text = positionTemplate.replace('{n}', String(current)).replace('{total}', String(total));
    if (position) position.textContent = text;
    if (progress) progress.style.setProperty('--progress', String(current / total));
    if (announcer) announcer.textContent = `${text}: ${slide?.dataset.title ?? ''}`;
    history.replaceState(null, '', `${location.pathname}${location.search}#${current}`);
    if (presenter) updatePresenterPanel(root, slideOf(current), slideOf(current + 1));
    if (broadcast) channel?.postMessage({ type: 'goto', index: current } satisfies DeckMessage);
    if (broadcast) live?.moved(current);
    if (focus) slide?.focus();
  }

  function setOverview(open: boolean): void {
    overview = open;
    root.classList.toggle('deck--overview', open);
    frames.forEach((frame, i) => {
      const active = i + 1 === current;
      frame.querySelector('.slide')?.toggleAttribute('inert', open);
      if (open) {
        frame.setAttribute('role', 'button');
        frame.tabIndex = 0;
        frame.setAttribute('aria-label', (root.dataset.gotoTemplate ?? '{n}').replace('{n}', String(i + 1)).replace('{title}', frame.querySelector<HTMLElement>('.slide')?.dataset.title ?? ''));
        frame.removeAttribute('inert');
        frame.removeAttribute('aria-hidden');
      } else {
        frame.removeAttribute('role');
        frame.removeAttribute('tabindex');
        frame.removeAttribute('aria-label');
        frame.toggleAttribute('inert', !active);
        frame.setAttribute('aria-hidden', String(!active));
      }
    });
    rescale();
    if (open) frames.forEach((frame) => {
      const slide = frame.querySelector<HTMLElement>('.slide');
      if (slide) fitSlide(slide);
    });
    if (open) frames[current - 1]?.focus();
    else slideOf(current)?.focus();
  }

  function pickFromOverview(frame: HTMLElement): void {
    // Show the picked slide first, so closing the overview puts focus on it.
    show(Number(frame.dataset.slideFrame));
    setOverview(false);
  }

  /** Arrow keys walk the overview grid; up and down move a whole row. */
  function moveInOverview(key: string): void {
    const from = Math.max(0, frames.findIndex((frame) => frame === document.activeElement));
    const top = frames[0]?.offsetTop ?? 0;
    const columns = Math.max(1, frames.filter((frame) => frame.offsetTop === top).length);
    const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : key === 'ArrowDown' ? columns : -columns;
    frames[Math.min(Math.max(from + step, 0), total - 1)]?.focus();
  }

  function toggleFullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }

  let presenterWindow: Window | null = null;
  /** Opens the presenter window, replacing one this board opened before: there is only ever one. */
  function openPresenter(): void {
    presenterWindow?.close();
    const url = new URL(location.href);
    url.searchParams.set('view', 'presenter');
    // A new name each time: a window of the same name may still be closing, and would swallow the open.
    presenterWindow = window.open(url.toString(), `presenter-${Date.now()}`, 'popup,width=1200,height=800');
  }

  function run(type: string, index: number | null): void {
    if (index !== null) return show(index);
    if (type === 'overview') return setOverview(!overview);
    if (type === 'escape' && overview) return setOverview(false);
    if (type === 'fullscreen') return toggleFullscreen();
    if (type === 'presenter' && !presenter) return openPresenter();
  }

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
    if (overview && event.key.startsWith('Arrow')) {
      event.preventDefault();
      return moveInOverview(event.key);
    }
    if (overview && (event.key === 'Enter' || event.key === ' ')) {
      const frame = (event.target as Element | null)?.closest<HTMLElement>('[data-slide-frame]');
      if (frame) {
        event.preventDefault();
        return pickFromOverview(frame);
      }
    }
    const jumping = buffer !== '' && event.key === 'Enter';
    if (!jumping && keyBelongsToControl(event.target, event.key)) return;
    const result = commandForKey(event, buffer);
    buffer = result.buffer;
    if (jump) {
      jump.textContent = buffer;
      jump.hidden = buffer === '';
    }
    if (result.command.type === 'none') return;
    event.preventDefault();
    const index = overview && result.command.type !== 'goto' ? null : targetIndex(result.command, current, total);
    run(result.command.type, index);
  });

  root.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    // After a mouse click a button keeps focus, and Space would press it again instead of moving on.
    if (event.detail > 0) target?.closest<HTMLElement>('button')?.blur();
    const action = target?.closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action) {
      const index = action === 'next' ? current + 1 : action === 'previous' ? current - 1 : null;
      return run(action, index);
    }
    const frame = overview ? target?.closest<HTMLElement>('[data-slide-frame]') : null;
    if (frame) pickFromOverview(frame);
  });

  channel?.addEventListener('message', (event: MessageEvent<DeckMessage>) => {
    if (event.data.type === 'goto') show(event.data.index, { broadcast: false });
    // A newly opened window asks where the lesson is; answer with the current slide.
    if (event.data.type === 'hello') channel.postMessage({ type: 'goto', index: current } satisfies DeckMessage);
  });

  window.addEventListener('resize', () => {
    rescale();
    const slide = slideOf(current);
    if (slide) fitSlide(slide);
  });
  window.addEventListener('hashchange', () => show(Number(location.hash.slice(1))));
  // A widget can grow its slide after the fit (a revealed answer and explanation): fit it again.
  const refitCurrent = () => {
    const slide = slideOf(current);
    if (slide) fitSlide(slide);
  };
  new MutationObserver(refitCurrent).observe(slidesBox ?? root, { childList: true, subtree: true });
  // Images and the theme's fonts arrive after the first fit, and change the room the text needs.
  slidesBox?.addEventListener('load', refitCurrent, true);
  document.fonts.addEventListener('loadingdone', refitCurrent);

  rescale();
  frames.forEach((frame) => frame.querySelector('.slide')?.setAttribute('tabindex', '-1'));
  if (root.dataset.liveSession) live = followLiveSession((index) => show(index, { broadcast: false }));
  show(Number(location.hash.slice(1)), { broadcast: false });
  if (presenter) {
    startElapsedClock(root, lesson);
    channel?.postMessage({ type: 'hello' } satisfies DeckMessage);
  }
  root.dataset.ready = 'true';
}

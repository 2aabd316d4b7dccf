/**
 * Stops what plays on a slide that is being left: an embedded player goes back to its load button
 * (so its sound stops), a video file pauses.
 */
export function stopMedia(frame: HTMLElement): void {
  frame.querySelectorAll<HTMLVideoElement>('video').forEach((video) => video.pause());
  frame.querySelectorAll<HTMLElement>('.video-frame').forEach((box) => {
    const template = box.querySelector<HTMLTemplateElement>('template[data-load-button]');
    if (box.querySelector('iframe') && template) box.replaceChildren(...template.content.childNodes);
  });
}

/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Interface language of this request (cookie, else Dutch). */
    lang: import('./i18n/index.ts').Language;
    /** Set by deck pages before rendering lesson content, read by the widget wrappers. */
    deck?: {
      mode: 'present' | 'study' | 'live';
      lesson: string;
      /** The board of a live lesson: timers follow the session. */
      liveBoard?: boolean;
      /** The authoring guide: widgets show authors what is still to do. */
      authoring?: boolean;
    };
  }
}

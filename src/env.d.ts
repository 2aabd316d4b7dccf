/// <reference types="astro/client" />

// Where code lives: modules under src/ are what the browser runs and the pages render, and import
// nothing from server/. Pages and endpoints (src/pages/) are server code themselves: they take the
// services from their request's locals, call handlers from server/ and render what those return.
// The declarations below only name server types.

declare namespace App {
  interface Locals {
    /** The running server's store, lessons and settings; the server sets them on every request. */
    services: import('../server/services.ts').AppServices;
    /** The browser reached us over https (itself or through the trusted proxy): cookies are Secure. */
    https: boolean;
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
      /** The lesson's learning goals (a self-assessment asks about them). */
      goals?: readonly string[];
      /** The language the lesson is written in (what a widget says in the lesson's words when the author left it out). */
      language?: string;
    };
  }
}

import { defineMiddleware } from 'astro:middleware';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_COOKIE } from './i18n/index.ts';

export const onRequest = defineMiddleware((context, next) => {
  const chosen = context.cookies.get(LANGUAGE_COOKIE)?.value;
  context.locals.lang = isLanguage(chosen) ? chosen : DEFAULT_LANGUAGE;
  return next();
});

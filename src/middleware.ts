import { defineMiddleware } from 'astro:middleware';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_COOKIE, translator } from './i18n/index.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const chosen = context.cookies.get(LANGUAGE_COOKIE)?.value;
  context.locals.lang = isLanguage(chosen) ? chosen : DEFAULT_LANGUAGE;
  // Pages take posted forms only (the JSON API under /api/ checks its own bodies): anything else is
  // the sender's mistake, answered as such instead of failing inside the page.
  if (context.request.method === 'POST' && !context.url.pathname.startsWith('/api/')) {
    const readable = await context.request
      .clone()
      .formData()
      .then(
        () => true,
        () => false,
      );
    if (!readable)
      return new Response(translator(context.locals.lang)('form.unreadable'), {
        status: 400,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
  }
  return next();
});

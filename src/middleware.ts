import { defineMiddleware } from 'astro:middleware';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_COOKIE, translator, type MessageKey } from './i18n/index.ts';
import { fromOwnOrigin } from './shared/origin.ts';

/** Content types a form of another site can post without asking first (a CORS "simple" request). */
const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const onRequest = defineMiddleware(async (context, next) => {
  const chosen = context.cookies.get(LANGUAGE_COOKIE)?.value;
  context.locals.lang = isLanguage(chosen) ? chosen : DEFAULT_LANGUAGE;
  const refuse = (key: MessageKey, status: number) =>
    new Response(translator(context.locals.lang)(key), { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  // Forms only from our own pages (cross-site request forgery). Astro's own check compares the
  // scheme too, which a TLS-terminating proxy breaks; this one compares the host, as the API does.
  const page = !context.url.pathname.startsWith('/api/');
  const formLike = FORM_TYPES.test(context.request.headers.get('content-type') ?? '');
  if (!SAFE_METHODS.has(context.request.method) && (page || formLike) && !fromOwnOrigin(context.request))
    return refuse('form.foreignOrigin', 403);
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
    if (!readable) return refuse('form.unreadable', 400);
  }
  return next();
});

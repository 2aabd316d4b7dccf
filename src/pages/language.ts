import type { APIRoute } from 'astro';
import { isLanguage, LANGUAGE_COOKIE } from '../i18n/index.ts';
import { localPath } from '../lessons/http.ts';

/** Language switch: a form POST with `lang` and the page to return to. */
export const POST: APIRoute = async ({ request, cookies, redirect, locals }) => {
  const form = await request.formData().catch(() => null);
  const lang = form?.get('lang');
  const back = form?.get('back');
  if (!isLanguage(lang)) {
    return new Response(JSON.stringify({ error: { code: 'bad_language', message: 'Onbekende taal / unknown language' } }), {
      status: 400,
      headers: { 'content-type': 'application/json' },
    });
  }
  cookies.set(LANGUAGE_COOKIE, lang, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', httpOnly: true, secure: locals.https });
  return redirect(localPath(back, '/'), 303);
};

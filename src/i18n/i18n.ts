import i18next, { TFunction } from 'i18next';
import { Locale } from '../common/enums';
import en from './en.json';
import fr from './fr.json';

/**
 * Server-side texts that people read (the reasons of a suggestion, later
 * notifications), in English and French, through i18next.
 */
const instance = i18next.createInstance();
void instance.init({
  initImmediate: false,
  resources: { en: { translation: en }, fr: { translation: fr } },
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
} as Parameters<typeof instance.init>[0]);

export function translator(locale: Locale): TFunction {
  return instance.getFixedT(locale);
}

/** One formatter per language: making one costs some twenty times what using it does. */
const listFormats = new Map<Locale, Intl.ListFormat>();

/** "a, b and c" / "a, b et c". */
export function joinList(items: string[], locale: Locale): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

/** The language of a request: Accept-Language when it names fr or en, else the user's own. */
export function requestLocale(
  req: {
    acceptsLanguages?: (...langs: string[]) => string | false;
    headers?: Record<string, unknown>;
  },
  fallback: Locale = Locale.en,
): Locale {
  const header = req.headers?.['accept-language'];
  // Only a header that names English or French decides: "*" (what many HTTP clients send
  // by default) or "de" says nothing about them, so the user's own language stands.
  if (typeof header !== 'string' || !/(^|,)\s*(en|fr)\b/i.test(header) || !req.acceptsLanguages) {
    return fallback;
  }
  const chosen = req.acceptsLanguages('en', 'fr');
  return chosen === 'fr' ? Locale.fr : chosen === 'en' ? Locale.en : fallback;
}

/**
 * The language of a GraphQL request's texts (match reasons, notifications):
 * what the client asks for, else the caller's own (a socket has no header).
 */
export const localeOf = (ctx: {
  req: Parameters<typeof requestLocale>[0] & { user?: { locale?: Locale } };
}): Locale => requestLocale(ctx.req, ctx.req.user?.locale);

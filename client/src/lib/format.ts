import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from './i18n';

interface Named {
  name: string;
  nameFr: string;
}
interface Labelled {
  label: string;
  labelFr: string;
}
interface Titled {
  title: string;
  titleFr: string;
}

const INTL_LOCALE: Record<Language, string> = { fr: 'fr-LU', en: 'en-GB' };

export interface Localized {
  language: Language;
  countryName(country: Named): string;
  domainLabel(domain: Labelled): string;
  principleTitle(principle: Titled): string;
  date(iso: string): string;
  dateTime(iso: string): string;
  number(value: number): string;
  /** Sorts by a localised label, accents and case aside. */
  compare(a: string, b: string): number;
}

export function localized(language: Language): Localized {
  const locale = INTL_LOCALE[language];
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTimes = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const numbers = new Intl.NumberFormat(locale);
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const fr = language === 'fr';
  return {
    language,
    countryName: (c) => (fr ? c.nameFr : c.name),
    domainLabel: (d) => (fr ? d.labelFr : d.label),
    principleTitle: (p) => (fr ? p.titleFr : p.title),
    date: (iso) => dates.format(new Date(iso)),
    dateTime: (iso) => dateTimes.format(new Date(iso)),
    number: (n) => numbers.format(n),
    compare: (a, b) => collator.compare(a, b),
  };
}

/** Names, dates and numbers in the language the user chose. */
export function useLocalized(): Localized {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'fr';
  return useMemo(() => localized(language), [language]);
}

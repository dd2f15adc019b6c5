import { Maturity, Role, SolutionStatus } from '../src/common/enums';
import { Solution } from '../src/solutions/entities/solution.entity';
import { expectError } from './support/assertions';
import { describeVersionedRecord, RecordKind, Standing } from './support/records';

// The tests solutions share with needs are in test/support/records.ts; this file
// is the table of what is particular to solutions, and the tests only solutions have.

/** Drafts and archived solutions: their own organisation and the working group. */
const OWN_AND_WORKING_GROUP: Standing[] = ['unit', 'coordinator', 'admin'];
const SOLUTIONS: RecordKind = {
  one: 'solution',
  many: 'solutions',
  type: 'Solution',
  entity: Solution,
  fields: `id title summary description tags maturity openSource status version
    createdAt updatedAt provider { id name kind countryCode } domains { code label labelFr }
    principles { code number } countriesDeployed { code name nameFr region } createdBy { id }`,
  nodeFields: 'id title status maturity openSource createdAt provider { id }',
  words: {
    unit: 'organisation',
    units: 'organisations',
    members: 'providers',
    outsiders: 'ministry staff',
    public: 'a PUBLISHED',
  },
  memberRole: Role.SOLUTION_PROVIDER,
  outsiderRole: Role.MINISTRY_STAFF,
  unit: {
    ofUser: 'organizationId',
    field: 'providerId',
    object: 'provider',
    make: (f) => f.organization(),
    echo: (organization) => ({ id: organization.id, name: organization.name }),
    requiredForWorkingGroup: true,
  },
  make: (f, by, made) => f.solution(by, made),
  valid: (overrides = {}) => ({
    title: 'Plateforme de paiement mobile',
    summary: 'Mobile payments over USSD for rural cooperatives.',
    description: 'Runs on basic phones; deployed with two microfinance institutions.',
    domainCodes: ['FINTECH'],
    maturity: 'PILOT',
    openSource: true,
    ...overrides,
  }),
  validEcho: {
    title: 'Plateforme de paiement mobile',
    domains: [{ code: 'FINTECH' }],
    maturity: 'PILOT',
    openSource: true,
  },
  // Everyone reads PUBLISHED solutions; drafts and archived ones only their own
  // organisation and the working group.
  restricted: [
    {
      label: 'a DRAFT',
      made: { status: SolutionStatus.DRAFT },
      shows: { status: 'DRAFT' },
      readers: OWN_AND_WORKING_GROUP,
    },
    {
      label: 'an ARCHIVED',
      made: { status: SolutionStatus.ARCHIVED },
      shows: { status: 'ARCHIVED' },
      readers: OWN_AND_WORKING_GROUP,
    },
  ],
  filters: {
    records: {
      idea: { maturity: Maturity.IDEA, openSource: false, domainCodes: ['EDUCATION'] },
      pilot: {
        maturity: Maturity.PILOT,
        openSource: true,
        domainCodes: ['AGRICULTURE', 'DATA_STATISTICS'],
      },
      scaled: { maturity: Maturity.SCALED, openSource: false, domainCodes: ['DATA_STATISTICS'] },
    },
    cases: [
      [{}, ['idea', 'pilot', 'scaled']],
      [{ domainCodes: ['DATA_STATISTICS'] }, ['pilot', 'scaled']],
      [{ domainCodes: ['education', 'AGRICULTURE'] }, ['idea', 'pilot']],
      [{ openSource: true }, ['pilot']],
      [{ openSource: false }, ['idea', 'scaled']],
      [{ minMaturity: 'IDEA' }, ['idea', 'pilot', 'scaled']],
      [{ minMaturity: 'PILOT' }, ['pilot', 'scaled']],
      [{ minMaturity: 'DEPLOYED' }, ['scaled']],
      [{ minMaturity: 'PILOT', openSource: false }, ['scaled']],
      [{ minMaturity: 'SCALED', domainCodes: ['EDUCATION'] }, []],
    ],
    elsewhere: { domainCodes: ['EDUCATION'] },
    nullable: ['domainCodes', 'openSource', 'minMaturity'],
    invalid: [[{ providerId: 'org-a' }, 'filter.providerId']],
    outsideEnum: [{ minMaturity: 'MATURE' }],
  },
  search: {
    records: {
      edu: {
        title: "Plateforme d'éducation numérique",
        summary: 'Cours en ligne pour les écoles rurales.',
        description: 'Fonctionne hors ligne.',
      },
      water: {
        title: 'Water quality sensors',
        summary: 'Sensors report drinking water quality.',
        description: 'Used by utilities; données ouvertes.',
      },
      draft: { title: 'Éducation à distance', status: SolutionStatus.DRAFT },
    },
    cases: [
      { q: ['education', 'éducation', 'EDUCATION'], found: [['edu', 'draft']] },
      // In the summary.
      { q: ['ecoles'], found: [['edu']] },
      // English stemming.
      { q: ['sensor'], found: [['water']] },
      { q: ['donnees ouvertes'], found: [['water']] },
      { q: ['blockchain'], found: [] },
      // Staff do not find the draft; its own organisation does.
      { q: ['education'], found: [['edu']], as: 'outsider' },
      { q: ['education'], found: [['edu', 'draft']], as: 'unit' },
    ],
  },
  read: {
    resolves: {
      made: {
        domainCodes: ['CYBERSECURITY', 'PUBLIC_ADMINISTRATION'],
        principleCodes: ['PRIVACY_AND_SECURITY', 'REUSE_AND_IMPROVE'],
        countryCodesDeployed: ['SN', 'XK', 'LU'],
        tags: ['pki'],
      },
      as: 'outsider',
      shows: {
        provider: { kind: 'RESEARCH', countryCode: 'LU' },
        countriesDeployed: [
          { code: 'SN', name: 'Senegal', nameFr: 'Sénégal', region: 'Western Africa' },
          { code: 'XK', name: 'Kosovo', region: 'Southern Europe' },
          { code: 'LU', name: 'Luxembourg', nameFr: 'Luxembourg', region: 'Western Europe' },
        ],
        domains: [
          { code: 'CYBERSECURITY', label: 'Cybersecurity', labelFr: 'Cybersécurité' },
          { code: 'PUBLIC_ADMINISTRATION' },
        ],
        principles: [
          { code: 'PRIVACY_AND_SECURITY', number: 8 },
          { code: 'REUSE_AND_IMPROVE', number: 7 },
        ],
        tags: ['pki'],
      },
    },
  },
  create: {
    defaults: { status: 'PUBLISHED', countriesDeployed: [] },
    stored: { status: SolutionStatus.PUBLISHED, countryCodesDeployed: [] },
    everyField: {
      input: {
        principleCodes: ['OPEN_STANDARDS', 'BE_COLLABORATIVE'],
        tags: ['ussd', 'mobile money'],
        countryCodesDeployed: ['sn', 'LU', 'SN', 'xk'],
        maturity: 'SCALED',
        openSource: false,
        status: 'DRAFT',
      },
      // countriesDeployed resolves the countries, in order, each once.
      shows: {
        principles: [
          { code: 'OPEN_STANDARDS', number: 6 },
          { code: 'BE_COLLABORATIVE', number: 9 },
        ],
        tags: ['ussd', 'mobile money'],
        countriesDeployed: [
          { code: 'SN', nameFr: 'Sénégal', region: 'Western Africa' },
          { code: 'LU', name: 'Luxembourg' },
          { code: 'XK', name: 'Kosovo' },
        ],
        maturity: 'SCALED',
        openSource: false,
        status: 'DRAFT',
      },
      also: (_solution, row) => expect(row.countryCodesDeployed).toEqual(['SN', 'LU', 'XK']),
    },
    invalid: [
      ['blank summary', { summary: '' }, 'summary'],
      ['summary over 500', { summary: 's'.repeat(501) }, 'summary'],
      ['unknown country deployed', { countryCodesDeployed: ['SN', 'ZZ'] }, 'countryCodesDeployed'],
      ['three-letter country', { countryCodesDeployed: ['SEN'] }, 'countryCodesDeployed'],
    ],
    refusedByGraphql: [{ maturity: undefined }, { maturity: 'MATURE' }, { openSource: 'yes' }],
  },
  update: {
    edit: {
      made: { title: 'Ancien titre' },
      input: { title: 'Nouveau titre', maturity: 'DEPLOYED', countryCodesDeployed: ['bf', 'NE'] },
      shows: {
        title: 'Nouveau titre',
        maturity: 'DEPLOYED',
        countriesDeployed: [
          { code: 'BF', nameFr: 'Burkina Faso', region: 'Western Africa' },
          { code: 'NE', name: 'Niger' },
        ],
      },
      keeps: (solution) => ({ summary: solution.summary, openSource: true, status: 'PUBLISHED' }),
      // Archiving it hides it from staff; an empty list clears the countries.
      then: {
        input: { status: 'ARCHIVED', countryCodesDeployed: [] },
        shows: { status: 'ARCHIVED', countriesDeployed: [] },
        stored: { status: SolutionStatus.ARCHIVED, countryCodesDeployed: [] },
        outsiderReads: false,
      },
    },
    byWorkingGroup: {
      made: { status: SolutionStatus.DRAFT },
      steps: [
        [{ status: 'PUBLISHED' }, { status: 'PUBLISHED' }],
        [
          { openSource: false, tags: ['gis'] },
          { openSource: false, tags: ['gis'] },
        ],
      ],
    },
    stale: { input: { openSource: false }, keeps: { openSource: true } },
    invalid: [
      [{ summary: null }, 'summary'],
      [{ maturity: null }, 'maturity'],
      [{ openSource: null }, 'openSource'],
      [{ countryCodesDeployed: null }, 'countryCodesDeployed'],
      [{ summary: 's'.repeat(501) }, 'summary'],
      [{ countryCodesDeployed: ['ZZ'] }, 'countryCodesDeployed'],
    ],
  },
};

describeVersionedRecord(SOLUTIONS, {
  create: (w) => {
    it('makes coordinators and admins name the provider', async () => {
      const before = await w.rows();
      for (const who of [w.coordinator, w.admin]) {
        expectError(await w.create(who, SOLUTIONS.valid()), 'BAD_USER_INPUT', 'providerId');
      }
      expect(await w.rows()).toBe(before);
    });
  },
});

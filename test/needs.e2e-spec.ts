import { NeedStatus, Priority, Role, Visibility } from '../src/common/enums';
import { Need } from '../src/needs/entities/need.entity';
import { dataOf } from './support/assertions';
import { describeVersionedRecord, RecordKind, Standing } from './support/records';

// The tests needs share with solutions are in test/support/records.ts; this file
// is the table of what is particular to needs, and the tests only needs have.

const INTERNAL = { visibility: Visibility.INTERNAL };
/** Staff read every ministry's needs that are not drafts. */
const STAFF_AND_WORKING_GROUP: Standing[] = ['unit', 'peer', 'coordinator', 'admin'];
const NEEDS: RecordKind = {
  one: 'need',
  many: 'needs',
  type: 'Need',
  entity: Need,
  fields: `id title description tags partnerInstitution priority status visibility version
    createdAt updatedAt country { code name nameFr region } domains { code label labelFr }
    principles { code number } ministry { id acronym } createdBy { id }`,
  nodeFields:
    'id title status visibility createdAt ministry { id } country { code } domains { code }',
  words: {
    unit: 'ministry',
    units: 'ministries',
    members: 'staff',
    outsiders: 'solution providers',
    public: 'a PUBLIC, OPEN',
  },
  memberRole: Role.MINISTRY_STAFF,
  outsiderRole: Role.SOLUTION_PROVIDER,
  unit: {
    ofUser: 'ministryId',
    field: 'ministryId',
    object: 'ministry',
    make: (f) => f.ministry(),
    echo: (ministry) => ({ id: ministry.id, acronym: ministry.acronym }),
    requiredForWorkingGroup: false,
  },
  make: (f, by, made) => f.need(by, made),
  valid: (overrides = {}) => ({
    title: 'Registre foncier numérique',
    description: 'Digitise the land registry of three regions.',
    countryCode: 'SN',
    domainCodes: ['PUBLIC_ADMINISTRATION'],
    ...overrides,
  }),
  validEcho: {
    title: 'Registre foncier numérique',
    country: { code: 'SN', nameFr: 'Sénégal' },
    domains: [{ code: 'PUBLIC_ADMINISTRATION' }],
  },
  // Providers read only PUBLIC needs that are not drafts; staff read every ministry's
  // needs but other ministries' drafts; the working group reads everything.
  restricted: [
    {
      label: 'an INTERNAL',
      made: INTERNAL,
      shows: { visibility: 'INTERNAL' },
      readers: STAFF_AND_WORKING_GROUP,
    },
    {
      label: 'an INTERNAL, CLOSED',
      made: { ...INTERNAL, status: NeedStatus.CLOSED },
      shows: { visibility: 'INTERNAL', status: 'CLOSED' },
      readers: STAFF_AND_WORKING_GROUP,
    },
    {
      label: 'a DRAFT',
      made: { status: NeedStatus.DRAFT },
      shows: { status: 'DRAFT' },
      readers: ['unit', 'coordinator', 'admin'],
    },
  ],
  filters: {
    records: {
      sn: { countryCode: 'SN', domainCodes: ['TELEMEDICINE'] },
      ke: { countryCode: 'KE', domainCodes: ['FINTECH', 'INCLUSIVE_FINANCE'] },
      bf: { countryCode: 'BF', domainCodes: ['AGRICULTURE'], status: NeedStatus.CLOSED },
    },
    cases: [
      [{}, ['sn', 'ke', 'bf']],
      [{ countryCodes: ['KE'] }, ['ke']],
      [{ countryCodes: ['ke', 'bf'] }, ['ke', 'bf']],
      [{ domainCodes: ['INCLUSIVE_FINANCE', 'TELEMEDICINE'] }, ['sn', 'ke']],
      [{ domainCodes: ['EDUCATION'] }, []],
      [{ statuses: ['CLOSED'] }, ['bf']],
      [{ statuses: ['OPEN', 'CLOSED'] }, ['sn', 'ke', 'bf']],
      [{ countryCodes: ['KE', 'BF'], statuses: ['OPEN'] }, ['ke']],
    ],
    elsewhere: { countryCode: 'KE' },
    nullable: ['countryCodes', 'domainCodes', 'statuses'],
    invalid: [
      [{ countryCodes: ['ZZ'] }, 'filter.countryCodes'],
      [{ countryCodes: ['SN', 'QQ'] }, 'filter.countryCodes'],
      [{ countryCodes: ['SEN'] }, 'filter.countryCodes'],
    ],
    outsideEnum: [{ statuses: ['PENDING'] }],
  },
  search: {
    records: {
      tele: {
        title: 'Télémédecine rurale',
        description: 'Relier les centres de santé des villages aux hôpitaux régionaux.',
      },
      records: {
        title: 'Electronic health records',
        description: 'Clinics keep patient files on paper; dossiers médicaux électroniques.',
      },
      mention: {
        title: 'Formation des infirmiers',
        description: 'Un module de télémédecine pour la formation continue.',
      },
      hidden: { title: 'Télémédecine interne', ...INTERNAL },
    },
    cases: [
      // Accents folded both ways; title matches rank above description matches.
      {
        q: ['télémédecine', 'telemedecine', 'Télémédecine', 'TELEMEDECINE', 'télémedecine'],
        found: [['tele', 'hidden'], ['mention']],
      },
      { q: ['telemedecine rurale'], found: [['tele']] },
      // French stemming over the description: "village" finds "villages".
      { q: ['village'], found: [['tele']] },
      { q: ['medicaux electroniques'], found: [['records']] },
      // English stemming: "clinic" finds "Clinics", "record" finds "records".
      { q: ['clinic'], found: [['records']] },
      { q: ['health record'], found: [['records']] },
      { q: ['cybersecurity'], found: [] },
      // Operators are plain words.
      { q: ['"telemedecine rurale"'], found: [['tele']] },
      { q: ['telemedecine -rurale'], found: [['hidden'], ['mention']] },
      // The read scope still applies: the provider does not find the internal need.
      { q: ['telemedecine'], found: [['tele'], ['mention']], as: 'outsider' },
    ],
  },
  read: {
    resolves: {
      made: {
        countryCode: 'SN',
        domainCodes: ['TELEMEDICINE', 'DATA_STATISTICS'],
        principleCodes: ['OPEN_STANDARDS', 'DESIGN_WITH_USER'],
        tags: ['santé'],
      },
      as: 'coordinator',
      shows: {
        country: { code: 'SN', name: 'Senegal', nameFr: 'Sénégal', region: 'Western Africa' },
        domains: [
          { code: 'TELEMEDICINE', label: 'Telemedicine', labelFr: 'Télémédecine' },
          { code: 'DATA_STATISTICS' },
        ],
        principles: [
          { code: 'OPEN_STANDARDS', number: 6 },
          { code: 'DESIGN_WITH_USER', number: 1 },
        ],
        tags: ['santé'],
      },
    },
  },
  create: {
    defaults: {
      status: 'OPEN',
      visibility: 'INTERNAL',
      priority: 'MEDIUM',
      partnerInstitution: null,
    },
    stored: {
      status: NeedStatus.OPEN,
      visibility: Visibility.INTERNAL,
      priority: Priority.MEDIUM,
    },
    everyField: {
      input: {
        title: '  Paiements mobiles  ',
        countryCode: 'ke',
        domainCodes: ['fintech', 'FINTECH', 'INCLUSIVE_FINANCE'],
        principleCodes: ['PRIVACY_AND_SECURITY'],
        tags: [' mobile money ', 'Mobile Money', 'USSD'],
        partnerInstitution: 'Central Bank of Kenya',
        priority: 'HIGH',
        visibility: 'PUBLIC',
        status: 'DRAFT',
      },
      shows: {
        title: 'Paiements mobiles',
        country: { code: 'KE' },
        domains: [{ code: 'FINTECH' }, { code: 'INCLUSIVE_FINANCE' }],
        principles: [{ code: 'PRIVACY_AND_SECURITY', number: 8 }],
        partnerInstitution: 'Central Bank of Kenya',
        priority: 'HIGH',
        visibility: 'PUBLIC',
        status: 'DRAFT',
      },
      // Tags are trimmed, and a tag given twice in other letter case is kept once.
      also: (need) =>
        expect(need.tags.map((tag: string) => tag.toLowerCase())).toEqual(['mobile money', 'ussd']),
    },
    invalid: [
      ['unknown countryCode', { countryCode: 'ZZ' }, 'countryCode'],
      ['countryCode of three letters', { countryCode: 'SEN' }, 'countryCode'],
      [
        'partnerInstitution over 200',
        { partnerInstitution: 'p'.repeat(201) },
        'partnerInstitution',
      ],
    ],
    refusedByGraphql: [{ priority: 'URGENT' }, { visibility: 'SECRET' }],
  },
  update: {
    edit: {
      made: { partnerInstitution: 'Hôpital de Dakar' },
      input: {
        title: 'Télémédecine dans les districts',
        priority: 'CRITICAL',
        domainCodes: ['telemedicine'],
        tags: ['santé'],
      },
      shows: {
        title: 'Télémédecine dans les districts',
        priority: 'CRITICAL',
        domains: [{ code: 'TELEMEDICINE' }],
        tags: ['santé'],
      },
      keeps: (need) => ({
        description: need.description,
        partnerInstitution: 'Hôpital de Dakar',
        country: { code: 'SN' },
        status: 'OPEN',
      }),
      // Closing a public need leaves it readable to providers.
      then: {
        input: { status: 'CLOSED' },
        shows: { status: 'CLOSED' },
        stored: { status: NeedStatus.CLOSED },
        outsiderReads: true,
      },
    },
    byWorkingGroup: {
      made: { status: NeedStatus.DRAFT },
      steps: [
        [{ status: 'OPEN' }, { status: 'OPEN' }],
        [
          { visibility: 'INTERNAL', countryCode: 'xk' },
          { visibility: 'INTERNAL', country: { code: 'XK', name: 'Kosovo' } },
        ],
      ],
    },
    stale: { input: { priority: 'LOW' }, keeps: { priority: Priority.MEDIUM } },
    invalid: [
      [{ countryCode: null }, 'countryCode'],
      [{ priority: null }, 'priority'],
      [{ visibility: null }, 'visibility'],
      [{ countryCode: 'ZZ' }, 'countryCode'],
    ],
  },
};

describeVersionedRecord(NEEDS, {
  create: (w) => {
    it('lets ADMIN and COORDINATOR log a need for no ministry', async () => {
      for (const who of [w.admin, w.coordinator]) {
        const need = dataOf(await w.create(who, NEEDS.valid())).createNeed;
        expect(need).toMatchObject({ ministry: null, createdBy: { id: who.user.id } });
        // Stored as answered.
        expect(await w.row(need.id)).toMatchObject({ ministryId: null, createdById: who.user.id });
      }
    });
  },
  update: (w) => {
    it('clears partnerInstitution with null', async () => {
      const need = await w.make(w.member.user, { partnerInstitution: 'Ministère de la Santé' });
      const cleared = dataOf(
        await w.update(w.member, need.id, { version: 1, partnerInstitution: null }),
      ).updateNeed;
      expect(cleared).toMatchObject({ partnerInstitution: null, version: 2 });
      expect((await w.row(need.id)).partnerInstitution).toBeNull();
    });
  },
});

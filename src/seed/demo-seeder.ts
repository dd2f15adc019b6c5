import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  MatchStatus,
  Maturity,
  NeedStatus,
  OrganizationKind,
  Priority,
  Recommendation,
  Role,
  SolutionStatus,
  SubjectType,
  Visibility,
} from '../common/enums';
import { createMissingThreads, createThread } from '../discussions/threads';
import { Match } from '../matching/entities/match.entity';
import { Review } from '../matching/entities/review.entity';
import { Ministry } from '../ministries/entities/ministry.entity';
import { Need } from '../needs/entities/need.entity';
import { Organization } from '../organizations/entities/organization.entity';
import { Solution } from '../solutions/entities/solution.entity';
import { User } from '../users/entities/user.entity';
import { passwords } from '../users/passwords';
import { DEMO_MINISTRIES } from './demo-data/ministries';
import { DEMO_NEEDS } from './demo-data/needs';
import { DEMO_ORGANIZATIONS } from './demo-data/organizations';
import { DEMO_SOLUTIONS } from './demo-data/solutions';

export interface DemoAccount {
  role: Role;
  email: string;
  password: string;
  displayName: string;
  affiliation?: string;
}

/**
 * Loads the demo data in one transaction: ministries, organisations, one
 * account per role (plus a colleague per ministry and organisation), needs
 * and solutions. Passwords are random and returned so that they can be
 * printed once; nothing guessable ships with the platform.
 */
/** The engine's score of a pair, recorded with each demo proposal as a real one would be. */
export type PairScorer = (need: Need, solutionId: string) => Promise<number | null>;

export async function seedDemo(db: DataSource, score?: PairScorer): Promise<DemoAccount[]> {
  const accounts = await seedDemoRecords(db);
  await seedDemoMatches(db, score);
  return accounts;
}

// Matches in every state, so that the review queue and the dashboard have something to show.
const MATCH_PLAN: MatchStatus[] = [
  MatchStatus.PROPOSED,
  MatchStatus.PROPOSED,
  MatchStatus.UNDER_REVIEW,
  MatchStatus.UNDER_REVIEW,
  MatchStatus.UNDER_REVIEW,
  MatchStatus.ACCEPTED,
  MatchStatus.ACCEPTED,
  MatchStatus.REJECTED,
  MatchStatus.WITHDRAWN,
];

async function seedDemoMatches(db: DataSource, score?: PairScorer): Promise<void> {
  const needs = await db
    .getRepository(Need)
    .find({ where: { status: NeedStatus.OPEN }, order: { title: 'ASC' } });
  const solutions = await db
    .getRepository(Solution)
    .find({ where: { status: SolutionStatus.PUBLISHED }, order: { title: 'ASC' } });
  const users = await db.getRepository(User).find();
  const coordinator = users.find((u) => u.email === 'coordinator@demo.d4d.lu')!;
  const reviewers = users.filter(
    (u) => u.role === Role.MINISTRY_STAFF && u.email.startsWith('desk.'),
  );
  const provider = users.find((u) => u.email === 'provider@demo.d4d.lu')!;
  const usedSolutions = new Set<string>();
  const usedNeeds = new Set<string>();
  const overlap = (a: string[], b: string[]) => a.filter((x) => b.includes(x)).length;

  // The best of a few candidates sharing a domain, by the engine's score when there is one.
  const bestFor = async (need: Need, pool: Solution[]) => {
    const shortlist = pool
      .filter((s) => !usedSolutions.has(s.id))
      .sort(
        (a, b) =>
          overlap(b.domainCodes, need.domainCodes) - overlap(a.domainCodes, need.domainCodes),
      )
      .slice(0, 6);
    let best: { solution: Solution; score: number | null } | undefined;
    for (const solution of shortlist) {
      const value = score ? await score(need, solution.id) : null;
      if (!best || (value ?? 0) > (best.score ?? 0)) best = { solution, score: value };
    }
    return best;
  };
  const ownSolutions = solutions.filter((s) => s.providerId === provider.organizationId);

  for (const [i, status] of MATCH_PLAN.entries()) {
    // The first proposal is the demo provider's, for the need that best fits one of its solutions.
    const need =
      i === 0
        ? needs.reduce((a, b) =>
            Math.max(...ownSolutions.map((s) => overlap(s.domainCodes, b.domainCodes))) >
            Math.max(...ownSolutions.map((s) => overlap(s.domainCodes, a.domainCodes)))
              ? b
              : a,
          )
        : needs.filter((n) => !usedNeeds.has(n.id))[i * 2];
    if (!need) break;
    usedNeeds.add(need.id);
    const chosen = await bestFor(need, i === 0 ? ownSolutions : solutions);
    if (!chosen) continue;
    const { solution } = chosen;
    usedSolutions.add(solution.id);
    const proposer =
      i === 0
        ? provider
        : (users.find((u) => u.ministryId === need.ministryId && u.email.startsWith('desk.')) ??
          coordinator);
    const reviewed =
      [MatchStatus.UNDER_REVIEW, MatchStatus.ACCEPTED, MatchStatus.REJECTED].includes(status) &&
      i !== 2;
    const decided = status === MatchStatus.ACCEPTED || status === MatchStatus.REJECTED;
    await db.transaction(async (tx) => {
      const match = await tx.getRepository(Match).save({
        needId: need.id,
        solutionId: solution.id,
        status,
        score: chosen.score,
        rationale:
          i % 2 === 0
            ? 'The provider has deployed this in comparable settings; worth a closer look by the working group.'
            : 'Couvre les domaines demandés et fonctionne hors ligne : à examiner en réunion du groupe de travail.',
        proposedById: proposer.id,
        decidedById: decided ? coordinator.id : null,
        decisionNote: decided
          ? status === MatchStatus.ACCEPTED
            ? 'Accepted: the partner institution confirmed its interest; LuxDev to plan a scoping mission.'
            : "Rejected: the licence costs do not fit the partner's budget after the project ends."
          : null,
        decidedAt: decided ? new Date() : null,
      });
      await createThread(tx, { type: SubjectType.MATCH, id: match.id });
      if (reviewed) {
        const others = reviewers
          .filter((r) => r.id !== proposer.id && r.ministryId !== need.ministryId)
          .slice(0, 1);
        for (const [k, reviewer] of [coordinator, ...others].entries()) {
          if (reviewer.id === proposer.id) continue;
          await tx.getRepository(Review).save({
            matchId: match.id,
            reviewerId: reviewer.id,
            recommendation:
              status === MatchStatus.REJECTED ? Recommendation.REJECT : Recommendation.ACCEPT,
            relevance: 4 - (k % 2),
            feasibility: status === MatchStatus.REJECTED ? 2 : 4,
            sustainability: 3 + (k % 2),
            principlesAlignment: 4,
            comment:
              k === 0
                ? 'Solid references; check the hosting arrangements.'
                : 'Pertinent pour le partenaire ; prévoir la formation des agents.',
          });
        }
      }
      if (status === MatchStatus.ACCEPTED) {
        await tx
          .getRepository(Need)
          .update(need.id, { status: NeedStatus.MATCHED, version: () => 'version + 1' });
      }
    });
  }
}

async function seedDemoRecords(db: DataSource): Promise<DemoAccount[]> {
  const password = () => randomBytes(9).toString('base64url');
  return db.transaction(async (tx) => {
    const ministries = await tx
      .getRepository(Ministry)
      .save(DEMO_MINISTRIES.map((m) => ({ ...m })));
    const ministryId = new Map(ministries.map((m) => [m.acronym, m.id]));
    const organizations = await tx.getRepository(Organization).save(
      DEMO_ORGANIZATIONS.map(({ key: _, ...o }) => ({
        ...o,
        kind: o.kind as OrganizationKind,
        website: o.website ?? null,
      })),
    );
    const organizationId = new Map(DEMO_ORGANIZATIONS.map((o, i) => [o.key, organizations[i].id]));

    const firstMinistry = DEMO_MINISTRIES[0];
    const firstOrganization = DEMO_ORGANIZATIONS[0];
    const accounts: DemoAccount[] = [
      {
        role: Role.ADMIN,
        email: 'admin@demo.d4d.lu',
        displayName: 'Alex Admin',
        password: password(),
      },
      {
        role: Role.COORDINATOR,
        email: 'coordinator@demo.d4d.lu',
        displayName: 'Claire Coordinatrice',
        password: password(),
      },
      {
        role: Role.MINISTRY_STAFF,
        email: 'staff@demo.d4d.lu',
        displayName: 'Marc Ministère',
        affiliation: firstMinistry.acronym,
        password: password(),
      },
      {
        role: Role.SOLUTION_PROVIDER,
        email: 'provider@demo.d4d.lu',
        displayName: 'Paula Provider',
        affiliation: firstOrganization.key,
        password: password(),
      },
    ];
    await tx.getRepository(User).save(
      await Promise.all(
        accounts.map(async (a) => ({
          email: a.email,
          displayName: a.displayName,
          role: a.role,
          passwordHash: await passwords.hash(a.password),
          ministryId:
            a.role === Role.MINISTRY_STAFF ? (ministryId.get(a.affiliation!) ?? null) : null,
          organizationId:
            a.role === Role.SOLUTION_PROVIDER ? (organizationId.get(a.affiliation!) ?? null) : null,
        })),
      ),
    );
    // Colleagues who cannot sign in (no password anyone knows) give each record a plausible author.
    const unusable = await passwords.hash(randomBytes(32).toString('base64url'));
    const staff = await tx.getRepository(User).save(
      DEMO_MINISTRIES.map((m) => ({
        email: `desk.${m.acronym.toLowerCase()}@demo.d4d.lu`,
        displayName: `Desk officer ${m.acronym}`,
        role: Role.MINISTRY_STAFF,
        passwordHash: unusable,
        ministryId: ministryId.get(m.acronym)!,
      })),
    );
    const providers = await tx.getRepository(User).save(
      DEMO_ORGANIZATIONS.map((o) => ({
        email: `contact.${o.key}@demo.d4d.lu`,
        displayName: `${o.name.slice(0, 90)} team`,
        role: Role.SOLUTION_PROVIDER,
        passwordHash: unusable,
        organizationId: organizationId.get(o.key)!,
      })),
    );
    const staffOf = new Map(staff.map((u) => [u.ministryId, u.id]));
    const providerOf = new Map(providers.map((u) => [u.organizationId, u.id]));

    await tx.getRepository(Need).insert(
      DEMO_NEEDS.map(({ language: _, ministry, ...n }) => ({
        ...n,
        priority: n.priority as Priority,
        status: n.status as NeedStatus,
        visibility: n.visibility as Visibility,
        partnerInstitution: n.partnerInstitution ?? null,
        ministryId: ministryId.get(ministry)!,
        createdById: staffOf.get(ministryId.get(ministry)!)!,
      })),
    );
    await tx.getRepository(Solution).insert(
      DEMO_SOLUTIONS.map(({ language: _, provider, countriesDeployed, ...s }) => ({
        ...s,
        maturity: s.maturity as Maturity,
        status: s.status as SolutionStatus,
        countryCodesDeployed: countriesDeployed,
        providerId: organizationId.get(provider)!,
        createdById: providerOf.get(organizationId.get(provider)!)!,
      })),
    );
    // Spread the records over the past months, as a real portfolio grows.
    for (const table of ['need', 'solution']) {
      await tx.query(
        `UPDATE ${table} t SET created_at = now() - s.rn * interval '1 day 7 hours', updated_at = now() - s.rn * interval '1 day'
         FROM (SELECT id, row_number() OVER (ORDER BY title) AS rn FROM ${table}) s WHERE s.id = t.id`,
      );
    }
    // Every need and solution comes with its discussion thread.
    await createMissingThreads(tx, [
      { table: 'need', type: SubjectType.NEED },
      { table: 'solution', type: SubjectType.SOLUTION },
      { table: 'match', type: SubjectType.MATCH },
    ]);
    return accounts;
  });
}

/** An empty database: no user at all (the first start, before anything was made). */
export async function isEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(User).count()) === 0;
}

export function formatAccounts(accounts: DemoAccount[]): string {
  const width = Math.max(...accounts.map((a) => a.email.length));
  return accounts
    .map(
      (a) =>
        `  ${a.role.padEnd(18)} ${a.email.padEnd(width)}  ${a.password}${a.affiliation ? `  (${a.affiliation})` : ''}`,
    )
    .join('\n');
}

import { registerEnumType } from '@nestjs/graphql';

// The contract's enums, registered once for GraphQL and used by entities.
export enum Role {
  ADMIN = 'ADMIN',
  COORDINATOR = 'COORDINATOR',
  MINISTRY_STAFF = 'MINISTRY_STAFF',
  SOLUTION_PROVIDER = 'SOLUTION_PROVIDER',
}
export enum OrganizationKind {
  RESEARCH = 'RESEARCH',
  PRIVATE_SECTOR = 'PRIVATE_SECTOR',
  PUBLIC_AGENCY = 'PUBLIC_AGENCY',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  INTERNATIONAL = 'INTERNATIONAL',
}
export enum Priority {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}
export enum NeedStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  MATCHED = 'MATCHED',
  CLOSED = 'CLOSED',
}
export enum Visibility {
  INTERNAL = 'INTERNAL',
  PUBLIC = 'PUBLIC',
}
export enum Maturity {
  IDEA = 'IDEA',
  PROTOTYPE = 'PROTOTYPE',
  PILOT = 'PILOT',
  DEPLOYED = 'DEPLOYED',
  SCALED = 'SCALED',
}
export enum SolutionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
export enum Locale {
  en = 'en',
  fr = 'fr',
}

/** Maturity in order, for `minMaturity` filters and the ranking. */
export const MATURITY_ORDER: Maturity[] = [
  Maturity.IDEA,
  Maturity.PROTOTYPE,
  Maturity.PILOT,
  Maturity.DEPLOYED,
  Maturity.SCALED,
];

registerEnumType(Role, { name: 'Role' });
registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(Priority, { name: 'Priority' });
registerEnumType(NeedStatus, { name: 'NeedStatus' });
registerEnumType(Visibility, { name: 'Visibility' });
registerEnumType(Maturity, { name: 'Maturity' });
registerEnumType(SolutionStatus, { name: 'SolutionStatus' });
registerEnumType(Locale, { name: 'Locale' });

export enum MatchStatus {
  PROPOSED = 'PROPOSED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
export enum Recommendation {
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
  ABSTAIN = 'ABSTAIN',
}
registerEnumType(MatchStatus, { name: 'MatchStatus' });
registerEnumType(Recommendation, { name: 'Recommendation' });

/** What a discussion thread (or a notification's link) is about. */
export enum SubjectType {
  NEED = 'NEED',
  SOLUTION = 'SOLUTION',
  MATCH = 'MATCH',
}
export enum NotificationKind {
  MATCH_PROPOSED = 'MATCH_PROPOSED',
  MATCH_REVIEWED = 'MATCH_REVIEWED',
  MATCH_DECIDED = 'MATCH_DECIDED',
  COMMENT_ADDED = 'COMMENT_ADDED',
  MENTIONED = 'MENTIONED',
}
registerEnumType(SubjectType, { name: 'SubjectType' });
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'Why a notification was sent.',
});

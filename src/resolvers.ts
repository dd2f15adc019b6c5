import { AuditResolver } from './audit/audit.resolver';
import { SessionsResolver } from './sessions/sessions.resolver';
import { CommentsResolver } from './discussions/comments.resolver';
import { ThreadsResolver } from './discussions/threads.resolver';
import { MatchEventsResolver } from './matching/match-events.resolver';
import { NotificationsResolver } from './notifications/notifications.resolver';
import {
  MatchesResolver,
  NeedMatchingResolver,
  ReviewsResolver,
  SolutionMatchingResolver,
} from './matching/matches.resolver';
import { PortfolioResolver } from './portfolio/portfolio.resolver';
import { MinistriesResolver } from './ministries/ministries.resolver';
import { NeedsResolver } from './needs/needs.resolver';
import { OrganizationsResolver } from './organizations/organizations.resolver';
import { ReferenceResolver } from './reference/reference.resolver';
import { SolutionsResolver } from './solutions/solutions.resolver';
import { PasswordResetsResolver } from './users/password-resets.resolver';
import { UsersResolver } from './users/users.resolver';

/** Every resolver of the schema (for printing it without a database). */
export const RESOLVERS = [
  SessionsResolver,
  ReferenceResolver,
  MinistriesResolver,
  OrganizationsResolver,
  UsersResolver,
  PasswordResetsResolver,
  NeedsResolver,
  SolutionsResolver,
  MatchesResolver,
  ReviewsResolver,
  NeedMatchingResolver,
  SolutionMatchingResolver,
  PortfolioResolver,
  ThreadsResolver,
  CommentsResolver,
  MatchEventsResolver,
  NotificationsResolver,
  AuditResolver,
];

import { AuditEvent } from './audit/entities/audit-event.entity';
import { RefreshToken } from './sessions/entities/refresh-token.entity';
import { Comment } from './discussions/entities/comment.entity';
import { Thread } from './discussions/entities/thread.entity';
import { Notification } from './notifications/entities/notification.entity';
import { Match } from './matching/entities/match.entity';
import { Review } from './matching/entities/review.entity';
import { Ministry } from './ministries/entities/ministry.entity';
import { Need } from './needs/entities/need.entity';
import { Organization } from './organizations/entities/organization.entity';
import { Country } from './reference/entities/country.entity';
import { Domain } from './reference/entities/domain.entity';
import { Principle } from './reference/entities/principle.entity';
import { Solution } from './solutions/entities/solution.entity';
import { PasswordReset } from './users/entities/password-reset.entity';
import { User } from './users/entities/user.entity';

/** Every entity, listed once: the server, the CLI and the tests load the same set. */
export const ENTITIES = [
  Country,
  Domain,
  Principle,
  Ministry,
  Organization,
  User,
  PasswordReset,
  RefreshToken,
  Need,
  Solution,
  Match,
  Review,
  Thread,
  Comment,
  Notification,
  AuditEvent,
];

import { Args, Field, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../common/auth-user';
import { CurrentUser } from '../common/decorators';
import { Paginated, CountsTotal } from '../common/pagination';
import { GqlContext, NoArgs } from '../common/request-context';
import { User } from '../users/entities/user.entity';
import { UsersLoader } from '../users/users.loader';
import { AuditService } from './audit.service';
import { AuditEventsArgs } from './dto/audit-events.args';
import { AuditEvent } from './entities/audit-event.entity';

@ObjectType({ description: 'One changed field: its value before and after, as JSON text.' })
export class AuditFieldChange {
  @Field()
  field: string;

  @Field(() => String, { nullable: true, description: 'JSON; null when the field was empty.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'JSON; null when the field is now empty.' })
  after: string | null;
}

export const AuditEventConnection = Paginated(AuditEvent, 'AuditEvent');

const asJsonText = (value: unknown) =>
  value === null || value === undefined ? null : JSON.stringify(value);

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventConnection, {
    description: 'The audit trail, newest first (ADMIN and COORDINATOR).',
  })
  auditEvents(
    @CurrentUser() user: AuthUser,
    @Args() { filter, first, after }: AuditEventsArgs,
    @CountsTotal() withTotal: boolean,
  ) {
    return this.audit.list(user, filter, { first, after, withTotal });
  }

  @ResolveField(() => User, {
    nullable: true,
    description: 'Who made the change; null for the system.',
  })
  actor(event: AuditEvent, _: NoArgs, ctx: GqlContext) {
    return event.actorId ? ctx.loaders.get(UsersLoader).load(event.actorId) : null;
  }

  @ResolveField(() => [AuditFieldChange])
  changes(event: AuditEvent): AuditFieldChange[] {
    return event.changes.map((c) => ({
      field: c.field,
      before: asJsonText(c.before),
      after: asJsonText(c.after),
    }));
  }
}

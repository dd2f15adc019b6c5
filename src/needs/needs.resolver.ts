import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../common/auth-user';
import { CurrentUser } from '../common/decorators';
import { SubjectType } from '../common/enums';
import { Paginated, CountsTotal } from '../common/pagination';
import { GqlContext, NoArgs } from '../common/request-context';
import { threadOf } from '../discussions/discussions.loaders';
import { Thread } from '../discussions/entities/thread.entity';
import { Ministry } from '../ministries/entities/ministry.entity';
import { MinistriesLoader } from '../ministries/ministries.loader';
import { Country } from '../reference/entities/country.entity';
import { Domain } from '../reference/entities/domain.entity';
import { Principle } from '../reference/entities/principle.entity';
import { ReferenceService } from '../reference/reference.service';
import { User } from '../users/entities/user.entity';
import { UsersLoader } from '../users/users.loader';
import { CreateNeedInput, UpdateNeedInput } from './dto/need.inputs';
import { NeedsArgs } from './dto/needs.args';
import { Need } from './entities/need.entity';
import { NeedsService } from './needs.service';

export const NeedConnection = Paginated(Need, 'Need');

@Resolver(() => Need)
export class NeedsResolver {
  constructor(
    private readonly service: NeedsService,
    // Countries, domains and principles from memory, without a promise once loaded.
    private readonly reference: ReferenceService,
  ) {}

  @Query(() => NeedConnection, {
    description: 'The needs you may read; best match first when searching, else newest.',
  })
  needs(
    @CurrentUser() user: AuthUser,
    @Args() { filter, first, after }: NeedsArgs,
    @CountsTotal() withTotal: boolean,
  ) {
    return this.service.list(user, filter, { first, after, withTotal });
  }

  @Query(() => Need, { nullable: true })
  need(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(user, id);
  }

  @Mutation(() => Need)
  createNeed(@CurrentUser() user: AuthUser, @Args('input') input: CreateNeedInput) {
    return this.service.create(user, input);
  }

  @Mutation(() => Need)
  updateNeed(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateNeedInput,
  ) {
    return this.service.update(user, id, input);
  }

  @ResolveField(() => Country)
  country(need: Need) {
    return this.reference.country(need.countryCode);
  }

  @ResolveField(() => [Domain])
  domains(need: Need) {
    return this.reference.domainsOf(need.domainCodes);
  }

  @ResolveField(() => [Principle])
  principles(need: Need) {
    return this.reference.principlesOf(need.principleCodes);
  }

  @ResolveField(() => Ministry, { nullable: true })
  ministry(need: Need, _: NoArgs, ctx: GqlContext) {
    return need.ministryId ? ctx.loaders.get(MinistriesLoader).load(need.ministryId) : null;
  }

  @ResolveField(() => User)
  createdBy(need: Need, _: NoArgs, ctx: GqlContext) {
    return ctx.loaders.get(UsersLoader).load(need.createdById);
  }

  @ResolveField(() => Thread, { nullable: true, description: 'The discussion of this need.' })
  thread(need: Need, _: NoArgs, ctx: GqlContext) {
    return threadOf(ctx, SubjectType.NEED, need.id);
  }
}

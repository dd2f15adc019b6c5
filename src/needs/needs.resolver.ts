import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../common/decorators';
import { Paginated, CountsTotal } from '../common/pagination';
import { GqlContext } from '../common/request-context';
import { Ministry } from '../ministries/entities/ministry.entity';
import { MinistriesLoader } from '../ministries/ministries.loader';
import { Country } from '../reference/entities/country.entity';
import { Domain } from '../reference/entities/domain.entity';
import { Principle } from '../reference/entities/principle.entity';
import { CountriesLoader, DomainsLoader, PrinciplesLoader } from '../reference/reference.loaders';
import { User } from '../users/entities/user.entity';
import { UsersLoader } from '../users/users.loader';
import { CreateNeedInput, UpdateNeedInput } from './dto/need.inputs';
import { NeedsArgs } from './dto/needs.args';
import { Need } from './entities/need.entity';
import { NeedsService } from './needs.service';

export const NeedConnection = Paginated(Need, 'Need');

@Resolver(() => Need)
export class NeedsResolver {
  constructor(private readonly service: NeedsService) {}

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
  country(@Parent() need: Need, @Context() ctx: GqlContext) {
    return ctx.loaders.get(CountriesLoader).load(need.countryCode);
  }

  @ResolveField(() => [Domain])
  async domains(@Parent() need: Need, @Context() ctx: GqlContext) {
    return (await ctx.loaders.get(DomainsLoader).loadMany(need.domainCodes)).filter(Boolean);
  }

  @ResolveField(() => [Principle])
  async principles(@Parent() need: Need, @Context() ctx: GqlContext) {
    return (await ctx.loaders.get(PrinciplesLoader).loadMany(need.principleCodes)).filter(Boolean);
  }

  @ResolveField(() => Ministry, { nullable: true })
  ministry(@Parent() need: Need, @Context() ctx: GqlContext) {
    return need.ministryId ? ctx.loaders.get(MinistriesLoader).load(need.ministryId) : null;
  }

  @ResolveField(() => User)
  createdBy(@Parent() need: Need, @Context() ctx: GqlContext) {
    return ctx.loaders.get(UsersLoader).load(need.createdById);
  }
}

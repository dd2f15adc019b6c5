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
import { Organization } from '../organizations/entities/organization.entity';
import { OrganizationsLoader } from '../organizations/organizations.loader';
import { Country } from '../reference/entities/country.entity';
import { Domain } from '../reference/entities/domain.entity';
import { Principle } from '../reference/entities/principle.entity';
import { CountriesLoader, DomainsLoader, PrinciplesLoader } from '../reference/reference.loaders';
import { User } from '../users/entities/user.entity';
import { UsersLoader } from '../users/users.loader';
import { CreateSolutionInput, UpdateSolutionInput } from './dto/solution.inputs';
import { SolutionsArgs } from './dto/solutions.args';
import { Solution } from './entities/solution.entity';
import { SolutionsService } from './solutions.service';

export const SolutionConnection = Paginated(Solution, 'Solution');

@Resolver(() => Solution)
export class SolutionsResolver {
  constructor(private readonly service: SolutionsService) {}

  @Query(() => SolutionConnection, {
    description: 'The solutions you may read; best match first when searching, else newest.',
  })
  solutions(
    @CurrentUser() user: AuthUser,
    @Args() { filter, first, after }: SolutionsArgs,
    @CountsTotal() withTotal: boolean,
  ) {
    return this.service.list(user, filter, { first, after, withTotal });
  }

  @Query(() => Solution, { nullable: true })
  solution(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(user, id);
  }

  @Mutation(() => Solution)
  createSolution(@CurrentUser() user: AuthUser, @Args('input') input: CreateSolutionInput) {
    return this.service.create(user, input);
  }

  @Mutation(() => Solution)
  updateSolution(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateSolutionInput,
  ) {
    return this.service.update(user, id, input);
  }

  @ResolveField(() => Organization)
  provider(@Parent() solution: Solution, @Context() ctx: GqlContext) {
    return ctx.loaders.get(OrganizationsLoader).load(solution.providerId);
  }

  @ResolveField(() => [Domain])
  async domains(@Parent() solution: Solution, @Context() ctx: GqlContext) {
    return (await ctx.loaders.get(DomainsLoader).loadMany(solution.domainCodes)).filter(Boolean);
  }

  @ResolveField(() => [Principle])
  async principles(@Parent() solution: Solution, @Context() ctx: GqlContext) {
    return (await ctx.loaders.get(PrinciplesLoader).loadMany(solution.principleCodes)).filter(
      Boolean,
    );
  }

  @ResolveField(() => [Country])
  async countriesDeployed(@Parent() solution: Solution, @Context() ctx: GqlContext) {
    return (await ctx.loaders.get(CountriesLoader).loadMany(solution.countryCodesDeployed)).filter(
      Boolean,
    );
  }

  @ResolveField(() => User)
  createdBy(@Parent() solution: Solution, @Context() ctx: GqlContext) {
    return ctx.loaders.get(UsersLoader).load(solution.createdById);
  }
}

import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../common/auth-user';
import { CurrentUser } from '../common/decorators';
import { SubjectType } from '../common/enums';
import { Paginated, CountsTotal } from '../common/pagination';
import { GqlContext, NoArgs } from '../common/request-context';
import { threadOf } from '../discussions/discussions.loaders';
import { Thread } from '../discussions/entities/thread.entity';
import { Organization } from '../organizations/entities/organization.entity';
import { OrganizationsLoader } from '../organizations/organizations.loader';
import { Country } from '../reference/entities/country.entity';
import { Domain } from '../reference/entities/domain.entity';
import { Principle } from '../reference/entities/principle.entity';
import { ReferenceService } from '../reference/reference.service';
import { User } from '../users/entities/user.entity';
import { UsersLoader } from '../users/users.loader';
import { CreateSolutionInput, UpdateSolutionInput } from './dto/solution.inputs';
import { SolutionsArgs } from './dto/solutions.args';
import { Solution } from './entities/solution.entity';
import { SolutionsService } from './solutions.service';

export const SolutionConnection = Paginated(Solution, 'Solution');

@Resolver(() => Solution)
export class SolutionsResolver {
  constructor(
    private readonly service: SolutionsService,
    // Countries, domains and principles from memory, without a promise once loaded.
    private readonly reference: ReferenceService,
  ) {}

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
  provider(solution: Solution, _: NoArgs, ctx: GqlContext) {
    return ctx.loaders.get(OrganizationsLoader).load(solution.providerId);
  }

  @ResolveField(() => [Domain])
  domains(solution: Solution) {
    return this.reference.domainsOf(solution.domainCodes);
  }

  @ResolveField(() => [Principle])
  principles(solution: Solution) {
    return this.reference.principlesOf(solution.principleCodes);
  }

  @ResolveField(() => [Country])
  countriesDeployed(solution: Solution) {
    return this.reference.countriesOf(solution.countryCodesDeployed);
  }

  @ResolveField(() => User)
  createdBy(solution: Solution, _: NoArgs, ctx: GqlContext) {
    return ctx.loaders.get(UsersLoader).load(solution.createdById);
  }

  @ResolveField(() => Thread, { nullable: true, description: 'The discussion of this solution.' })
  thread(solution: Solution, _: NoArgs, ctx: GqlContext) {
    return threadOf(ctx, SubjectType.SOLUTION, solution.id);
  }
}

import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../common/decorators';
import { GqlContext } from '../common/request-context';
import { Country } from '../reference/entities/country.entity';
import { Domain } from '../reference/entities/domain.entity';
import { CountriesLoader, DomainsLoader } from '../reference/reference.loaders';
import { CoverageCell } from './coverage-cell.type';
import { PortfolioService } from './portfolio.service';

@Resolver(() => CoverageCell)
export class PortfolioResolver {
  constructor(private readonly portfolio: PortfolioService) {}

  @Query(() => [CoverageCell], {
    description: 'Needs and matches by country and domain (not for providers).',
  })
  portfolioCoverage(@CurrentUser() user: AuthUser) {
    return this.portfolio.coverage(user);
  }

  @ResolveField(() => Country)
  country(@Parent() cell: CoverageCell, @Context() ctx: GqlContext) {
    return ctx.loaders.get(CountriesLoader).load(cell.countryCode);
  }

  @ResolveField(() => Domain)
  domain(@Parent() cell: CoverageCell, @Context() ctx: GqlContext) {
    return ctx.loaders.get(DomainsLoader).load(cell.domainCode);
  }
}

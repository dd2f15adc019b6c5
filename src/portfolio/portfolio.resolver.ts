import { Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../common/auth-user';
import { CurrentUser } from '../common/decorators';
import { Country } from '../reference/entities/country.entity';
import { Domain } from '../reference/entities/domain.entity';
import { ReferenceService } from '../reference/reference.service';
import { CoverageCell } from './coverage-cell.type';
import { PortfolioService } from './portfolio.service';

@Resolver(() => CoverageCell)
export class PortfolioResolver {
  constructor(
    private readonly portfolio: PortfolioService,
    private readonly reference: ReferenceService,
  ) {}

  @Query(() => [CoverageCell], {
    description: 'Needs and matches by country and domain (not for providers).',
  })
  portfolioCoverage(@CurrentUser() user: AuthUser) {
    return this.portfolio.coverage(user);
  }

  @ResolveField(() => Country)
  country(cell: CoverageCell) {
    return this.reference.country(cell.countryCode);
  }

  @ResolveField(() => Domain)
  domain(cell: CoverageCell) {
    return this.reference.domain(cell.domainCode);
  }
}

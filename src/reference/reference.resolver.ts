import { Query, Resolver } from '@nestjs/graphql';
import { Country } from './entities/country.entity';
import { Domain } from './entities/domain.entity';
import { Principle } from './entities/principle.entity';
import { ReferenceService } from './reference.service';

@Resolver()
export class ReferenceResolver {
  constructor(private readonly reference: ReferenceService) {}

  @Query(() => [Country], { description: 'Every ISO 3166-1 country and Kosovo, by English name.' })
  countries(): Promise<Country[]> {
    return this.reference.countries();
  }

  @Query(() => [Domain])
  domains(): Promise<Domain[]> {
    return this.reference.domains();
  }

  @Query(() => [Principle])
  principles(): Promise<Principle[]> {
    return this.reference.principles();
  }
}

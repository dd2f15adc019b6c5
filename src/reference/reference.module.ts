import { Global, Module } from '@nestjs/common';
import { CountriesLoader, DomainsLoader, PrinciplesLoader } from './reference.loaders';
import { ReferenceResolver } from './reference.resolver';
import { ReferenceService } from './reference.service';

@Global()
@Module({
  providers: [
    ReferenceService,
    ReferenceResolver,
    CountriesLoader,
    DomainsLoader,
    PrinciplesLoader,
  ],
  exports: [ReferenceService, CountriesLoader, DomainsLoader, PrinciplesLoader],
})
export class ReferenceModule {}

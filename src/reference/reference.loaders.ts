import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderFactory } from '../common/loaders';
import { Country } from './entities/country.entity';
import { Domain } from './entities/domain.entity';
import { Principle } from './entities/principle.entity';
import { ReferenceService } from './reference.service';

// Served from the in-memory reference data: no SQL per request.

@Injectable()
export class CountriesLoader implements LoaderFactory<string, Country | null> {
  constructor(private readonly reference: ReferenceService) {}
  create() {
    return new DataLoader<string, Country | null>((codes) => this.reference.countriesByCode(codes));
  }
}

@Injectable()
export class DomainsLoader implements LoaderFactory<string, Domain | null> {
  constructor(private readonly reference: ReferenceService) {}
  create() {
    return new DataLoader<string, Domain | null>((codes) => this.reference.domainsByCode(codes));
  }
}

@Injectable()
export class PrinciplesLoader implements LoaderFactory<string, Principle | null> {
  constructor(private readonly reference: ReferenceService) {}
  create() {
    return new DataLoader<string, Principle | null>((codes) =>
      this.reference.principlesByCode(codes),
    );
  }
}

import { Injectable } from '@nestjs/common';
import { idLoader, LoaderFactory } from '../common/loaders';
import { Organization } from './entities/organization.entity';
import { OrganizationsService } from './organizations.service';

@Injectable()
export class OrganizationsLoader implements LoaderFactory<string, Organization | null> {
  constructor(private readonly organizations: OrganizationsService) {}

  create() {
    return idLoader((ids) => this.organizations.findByIds(ids));
  }
}

import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../common/auth-user';
import { CurrentUser } from '../common/decorators';
import { CreateOrganizationInput } from './dto/create-organization.input';
import { UpdateOrganizationInput } from './dto/update-organization.input';
import { Organization } from './entities/organization.entity';
import { OrganizationsService } from './organizations.service';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @Query(() => [Organization], { description: 'The organisations that offer solutions, by name.' })
  organizations(
    @Args('includeRetired', {
      defaultValue: false,
      description: 'Retired organisations too (their solutions stay readable).',
    })
    includeRetired: boolean,
  ): Promise<Organization[]> {
    return this.service.list(includeRetired);
  }

  @Mutation(() => Organization, { description: 'ADMIN only.' })
  createOrganization(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateOrganizationInput,
  ): Promise<Organization> {
    return this.service.create(user, input);
  }

  @Mutation(() => Organization, {
    description: 'ADMIN only: its name, acronym, kind, country or website.',
  })
  updateOrganization(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateOrganizationInput,
  ): Promise<Organization> {
    return this.service.update(user, id, input);
  }

  @Mutation(() => Organization, {
    description:
      'ADMIN only. Its solutions stay readable and its people keep their accounts; no new user or solution joins it. Retiring it again changes nothing.',
  })
  retireOrganization(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Organization> {
    return this.service.setRetired(user, id, true);
  }

  @Mutation(() => Organization, {
    description: 'ADMIN only: a retired organisation takes people and solutions again.',
  })
  reinstateOrganization(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Organization> {
    return this.service.setRetired(user, id, false);
  }
}

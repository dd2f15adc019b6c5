import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../common/auth-user';
import { CurrentUser } from '../common/decorators';
import { CreateOrganizationInput } from './dto/create-organization.input';
import { Organization } from './entities/organization.entity';
import { OrganizationsService } from './organizations.service';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @Query(() => [Organization], { description: 'The organisations that offer solutions, by name.' })
  organizations(): Promise<Organization[]> {
    return this.service.list();
  }

  @Mutation(() => Organization, { description: 'ADMIN only.' })
  createOrganization(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateOrganizationInput,
  ): Promise<Organization> {
    return this.service.create(user, input);
  }
}

import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../common/auth-user';
import { can, canReadEmailOf } from '../auth/policy';
import { CurrentUser } from '../common/decorators';
import { Forbidden } from '../common/errors';
import { GqlContext, NoArgs } from '../common/request-context';
import { Ministry } from '../ministries/entities/ministry.entity';
import { MinistriesLoader } from '../ministries/ministries.loader';
import { Organization } from '../organizations/entities/organization.entity';
import { OrganizationsLoader } from '../organizations/organizations.loader';
import { CreateUserInput } from './dto/create-user.input';
import { UpdateProfileInput } from './dto/update-profile.input';
import { User } from './entities/user.entity';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => User, { nullable: true, description: 'The signed-in user.' })
  me(@CurrentUser() user: AuthUser): Promise<User | null> {
    return this.users.findById(user.id);
  }

  @Mutation(() => User, { description: 'ADMIN only.' })
  createUser(@CurrentUser() user: AuthUser, @Args('input') input: CreateUserInput): Promise<User> {
    if (!can(user, 'user:create')) throw new Forbidden('Only administrators create users.');
    return this.users.create(input, user);
  }

  @Mutation(() => User, { description: 'Your own display name and language (fr or en).' })
  updateMyProfile(
    @CurrentUser() user: AuthUser,
    @Args('input') input: UpdateProfileInput,
  ): Promise<User> {
    return this.users.updateProfile(user, input);
  }

  @ResolveField(() => String, {
    description:
      "Yours, and everyone's for the working group (ADMIN, COORDINATOR); anyone else asking gets FORBIDDEN.",
  })
  email(person: User, _: NoArgs, ctx: GqlContext): string {
    if (!canReadEmailOf(ctx.req.user, person)) {
      throw new Forbidden('Only the person and the working group read an e-mail address.');
    }
    return person.email;
  }

  @ResolveField(() => Ministry, { nullable: true })
  ministry(user: User, _: NoArgs, ctx: GqlContext) {
    return user.ministryId ? ctx.loaders.get(MinistriesLoader).load(user.ministryId) : null;
  }

  @ResolveField(() => Organization, { nullable: true })
  organization(user: User, _: NoArgs, ctx: GqlContext) {
    return user.organizationId
      ? ctx.loaders.get(OrganizationsLoader).load(user.organizationId)
      : null;
  }
}

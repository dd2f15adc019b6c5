import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../common/auth-user';
import { can, canReadEmailOf } from '../auth/policy';
import { CurrentUser } from '../common/decorators';
import { Forbidden } from '../common/errors';
import { CountsTotal, Paginated } from '../common/pagination';
import { GqlContext, NoArgs } from '../common/request-context';
import { Ministry } from '../ministries/entities/ministry.entity';
import { MinistriesLoader } from '../ministries/ministries.loader';
import { Organization } from '../organizations/entities/organization.entity';
import { OrganizationsLoader } from '../organizations/organizations.loader';
import { CreateUserInput } from './dto/create-user.input';
import { UpdateProfileInput } from './dto/update-profile.input';
import { UpdateUserInput } from './dto/update-user.input';
import { UsersArgs } from './dto/users.args';
import { User } from './entities/user.entity';
import { UsersService } from './users.service';

export const UserConnection = Paginated(User, 'User');

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly people: UsersService) {}

  @Query(() => User, { nullable: true, description: 'The signed-in user.' })
  me(@CurrentUser() user: AuthUser): Promise<User | null> {
    return this.people.findById(user.id);
  }

  @Query(() => UserConnection, {
    description: 'ADMIN and COORDINATOR: the people of the platform, by name.',
  })
  users(
    @CurrentUser() user: AuthUser,
    @Args() { filter, first, after }: UsersArgs,
    @CountsTotal() withTotal: boolean,
  ) {
    return this.people.list(user, filter, { first, after, withTotal });
  }

  @Query(() => User, { nullable: true, description: 'ADMIN and COORDINATOR: one person.' })
  user(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.people.get(user, id);
  }

  @Mutation(() => User, { description: 'ADMIN only.' })
  createUser(@CurrentUser() user: AuthUser, @Args('input') input: CreateUserInput): Promise<User> {
    if (!can(user, 'user:create')) throw new Forbidden('Only administrators create users.');
    return this.people.create(input, user);
  }

  @Mutation(() => User, { description: 'Your own display name and language (fr or en).' })
  updateMyProfile(
    @CurrentUser() user: AuthUser,
    @Args('input') input: UpdateProfileInput,
  ): Promise<User> {
    return this.people.updateProfile(user, input);
  }

  @Mutation(() => User, {
    description:
      "ADMIN only: a person's name, role, ministry or organisation (createUser's rules). A change of role, ministry or organisation ends every session of theirs at once.",
  })
  updateUser(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateUserInput,
  ): Promise<User> {
    return this.people.update(user, id, input);
  }

  @Mutation(() => User, {
    description:
      'ADMIN only: the person can no longer sign in and every session of theirs ends at once; their name stays on what they wrote. Not the last active administrator (CONFLICT).',
  })
  deactivateUser(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<User> {
    return this.people.deactivate(user, id);
  }

  @Mutation(() => User, { description: 'ADMIN only: the person may sign in again.' })
  reactivateUser(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<User> {
    return this.people.reactivate(user, id);
  }

  @ResolveField(() => Boolean, { description: 'false once deactivated.' })
  active(person: User): boolean {
    return !person.deactivatedAt;
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

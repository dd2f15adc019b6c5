import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../common/auth-user';
import { CurrentUser } from '../common/decorators';
import { CreateMinistryInput } from './dto/create-ministry.input';
import { UpdateMinistryInput } from './dto/update-ministry.input';
import { Ministry } from './entities/ministry.entity';
import { MinistriesService } from './ministries.service';

@Resolver(() => Ministry)
export class MinistriesResolver {
  constructor(private readonly service: MinistriesService) {}

  @Query(() => [Ministry], { description: 'The member ministries, by name.' })
  ministries(
    @Args('includeRetired', {
      defaultValue: false,
      description: 'Retired ministries too (they take no new people or needs).',
    })
    includeRetired: boolean,
  ): Promise<Ministry[]> {
    return this.service.list(includeRetired);
  }

  @Mutation(() => Ministry, { description: 'ADMIN only.' })
  createMinistry(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateMinistryInput,
  ): Promise<Ministry> {
    return this.service.create(user, input);
  }

  @Mutation(() => Ministry, { description: 'ADMIN only: its name, acronym or website.' })
  updateMinistry(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateMinistryInput,
  ): Promise<Ministry> {
    return this.service.update(user, id, input);
  }

  @Mutation(() => Ministry, {
    description:
      'ADMIN only. Its people and needs stay as they are; no new user or need joins it. Retiring it again changes nothing.',
  })
  retireMinistry(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Ministry> {
    return this.service.setRetired(user, id, true);
  }

  @Mutation(() => Ministry, { description: 'ADMIN only: a retired ministry takes people again.' })
  reinstateMinistry(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Ministry> {
    return this.service.setRetired(user, id, false);
  }
}

import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../common/auth-user';
import { CurrentUser } from '../common/decorators';
import { CreateMinistryInput } from './dto/create-ministry.input';
import { Ministry } from './entities/ministry.entity';
import { MinistriesService } from './ministries.service';

@Resolver(() => Ministry)
export class MinistriesResolver {
  constructor(private readonly service: MinistriesService) {}

  @Query(() => [Ministry], { description: 'The member ministries, by name.' })
  ministries(): Promise<Ministry[]> {
    return this.service.list();
  }

  @Mutation(() => Ministry, { description: 'ADMIN only.' })
  createMinistry(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateMinistryInput,
  ): Promise<Ministry> {
    return this.service.create(user, input);
  }
}

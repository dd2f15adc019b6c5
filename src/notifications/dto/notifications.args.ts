import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsUUID } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination';

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Only the unread ones.',
  })
  @IsBoolean()
  unreadOnly = false;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { description: 'Your notifications to mark read (at most 100).' })
  @IsArray()
  @ArrayMaxSize(100, { message: 'ids takes at most 100 ids' })
  @IsUUID('all', { each: true, message: 'ids must be UUIDs' })
  ids: string[];
}

import { Args, Int, Mutation, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { AuthUser } from '../common/auth-user';
import { CurrentUser } from '../common/decorators';
import { localeOf } from '../i18n/i18n';
import { LiveEvents } from '../common/live-events';
import { Paginated, CountsTotal } from '../common/pagination';
import { GqlContext, NoArgs } from '../common/request-context';
import { User } from '../users/entities/user.entity';
import { UsersLoader } from '../users/users.loader';
import { MarkNotificationsReadArgs, NotificationsArgs } from './dto/notifications.args';
import { Notification } from './entities/notification.entity';
import {
  fromRow,
  notificationChannel,
  NotificationAddedEvent,
  notificationText,
  NotificationsService,
} from './notifications.service';

export const NotificationConnection = Paginated(Notification, 'Notification');

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly live: LiveEvents,
  ) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  notifications(
    @CurrentUser() user: AuthUser,
    @Args() { first, after, unreadOnly }: NotificationsArgs,
    @CountsTotal() withTotal: boolean,
  ) {
    return this.service.list(user, unreadOnly, { first, after, withTotal });
  }

  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(@CurrentUser() user: AuthUser) {
    return this.service.unreadCount(user);
  }

  @Mutation(() => [Notification], {
    description: 'Marks your notifications read; ids that are not yours are ignored.',
  })
  markNotificationsRead(@CurrentUser() user: AuthUser, @Args() { ids }: MarkNotificationsReadArgs) {
    return this.service.markRead(user, ids);
  }

  @Subscription(() => Notification, {
    description: 'Your new notifications, as they are made.',
    filter: (event: NotificationAddedEvent, _: NoArgs, ctx: GqlContext) =>
      event.recipientId === ctx.req.user?.id,
    resolve: (event: NotificationAddedEvent) => fromRow({ ...event.notification }),
  })
  notificationAdded(@CurrentUser() user: AuthUser) {
    return this.live.listen<NotificationAddedEvent>(notificationChannel(user.id));
  }

  @ResolveField(() => String, {
    description:
      "A short text in the language the request asks for (Accept-Language, English or French), else the recipient's own.",
  })
  text(notification: Notification, _: NoArgs, ctx: GqlContext) {
    return notificationText(notification, localeOf(ctx));
  }

  @ResolveField(() => User, { nullable: true, description: 'Who caused it.' })
  actor(notification: Notification, _: NoArgs, ctx: GqlContext) {
    return notification.actorId ? ctx.loaders.get(UsersLoader).load(notification.actorId) : null;
  }
}

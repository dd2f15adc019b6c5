import { createParamDecorator, ExecutionContext, Inject, UseGuards } from '@nestjs/common';
import { Args, ArgsType, Context, Field, Mutation, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { AUTH_OPTIONS, AuthOptions } from '../auth/auth-options';
import { CurrentUser, Public, requestOf } from '../common/decorators';
import { GqlContext } from '../common/request-context';
import { User } from '../users/entities/user.entity';
import { AuthUser } from '../common/auth-user';
import { SessionsService } from './sessions.service';
import { ChangePasswordInput } from './dto/change-password.input';
import { AuthPayload, LoginInput } from './dto/login.input';
import { LoginGuard } from './login.guard';
import { clearRefreshCookie, setRefreshCookie } from './refresh-cookie';

/** The user passport-local put on the request after checking the password. */
const VerifiedUser = createParamDecorator(
  (_: unknown, context: ExecutionContext) => requestOf(context).user as unknown as User,
);

/** The caller's address (as Express sees it, `trust proxy` applied), for the sign-in lockout. */
const ClientIp = createParamDecorator(
  (_: unknown, context: ExecutionContext) => requestOf(context).ip ?? null,
);

@ArgsType()
class RefreshTokenArg {
  @Field()
  @IsString()
  @MaxLength(200)
  refreshToken: string;
}

/**
 * Sign-in over GraphQL. The refresh token is in the body, for every client,
 * and in the browser's HttpOnly cookie for /auth (src/sessions/refresh-cookie.ts):
 * each answer that issues one sets the cookie, logout clears it.
 */
@Resolver()
export class SessionsResolver {
  constructor(
    private readonly auth: SessionsService,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
  ) {}

  private withCookie(ctx: GqlContext, session: AuthPayload): AuthPayload {
    setRefreshCookie(ctx.req.res, session.refreshToken, this.options);
    return session;
  }

  @Public()
  @UseGuards(LoginGuard)
  @Mutation(() => AuthPayload, { description: 'Sign in with e-mail and password.' })
  async login(
    @Args('input') _input: LoginInput,
    @VerifiedUser() user: User,
    @Context() ctx: GqlContext,
  ): Promise<AuthPayload> {
    return this.withCookie(ctx, await this.auth.issue(user));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Exchange a refresh token for a new pair (rotation).',
  })
  async refreshSession(
    @Args() { refreshToken }: RefreshTokenArg,
    @Context() ctx: GqlContext,
  ): Promise<AuthPayload> {
    const session = await this.auth.refresh(refreshToken);
    // The rest of this answer (the session's `user`) is read as its owner, as after login.
    ctx.req.user = session.user;
    return this.withCookie(ctx, session);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Change your own password. Every session of yours ends (refresh tokens revoked, earlier access tokens refused); the answer is a fresh session for this device.',
  })
  async changePassword(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ChangePasswordInput,
    @ClientIp() ip: string | null,
    @Context() ctx: GqlContext,
  ): Promise<AuthPayload> {
    const session = await this.auth.changePassword(
      user,
      input.currentPassword,
      input.newPassword,
      ip,
    );
    return this.withCookie(ctx, session);
  }

  @Mutation(() => Boolean, {
    description:
      "End the session (sign-in) that this refresh token belongs to: its tokens stop working and its subscriptions end. The user's other sign-ins go on.",
  })
  async logout(
    @CurrentUser() user: AuthUser,
    @Args() { refreshToken }: RefreshTokenArg,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    const ended = await this.auth.logout(user.id, refreshToken);
    if (ended) clearRefreshCookie(ctx.req.res, this.options);
    return ended;
  }
}

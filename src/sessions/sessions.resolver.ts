import { createParamDecorator, ExecutionContext, UseGuards } from '@nestjs/common';
import { Args, ArgsType, Context, Field, Mutation, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { CurrentUser, Public, requestOf } from '../common/decorators';
import { GqlContext } from '../common/request-context';
import { User } from '../users/entities/user.entity';
import { AuthUser } from '../common/auth-user';
import { SessionsService } from './sessions.service';
import { ChangePasswordInput } from './dto/change-password.input';
import { AuthPayload, LoginInput } from './dto/login.input';
import { LoginGuard } from './login.guard';

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

@Resolver()
export class SessionsResolver {
  constructor(private readonly auth: SessionsService) {}

  @Public()
  @UseGuards(LoginGuard)
  @Mutation(() => AuthPayload, { description: 'Sign in with e-mail and password.' })
  login(@Args('input') _input: LoginInput, @VerifiedUser() user: User): Promise<AuthPayload> {
    return this.auth.issue(user);
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
    return session;
  }

  @Mutation(() => AuthPayload, {
    description:
      'Change your own password. Every session of yours ends (refresh tokens revoked, earlier access tokens refused); the answer is a fresh session for this device.',
  })
  changePassword(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ChangePasswordInput,
    @ClientIp() ip: string | null,
  ): Promise<AuthPayload> {
    return this.auth.changePassword(user, input.currentPassword, input.newPassword, ip);
  }

  @Mutation(() => Boolean, { description: 'End the session that this refresh token belongs to.' })
  logout(
    @CurrentUser() user: AuthUser,
    @Args() { refreshToken }: RefreshTokenArg,
  ): Promise<boolean> {
    return this.auth.logout(user.id, refreshToken);
  }
}

import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, Public } from '../common/decorators';
import { GqlContext } from '../common/request-context';
import {
  PasswordResetLink,
  RequestPasswordResetArgs,
  ResetPasswordArgs,
} from './dto/password-reset.dto';
import { PasswordResetsService } from './password-resets.service';

@Resolver()
export class PasswordResetsResolver {
  constructor(private readonly resets: PasswordResetsService) {}

  @Mutation(() => PasswordResetLink, {
    description:
      "ADMIN only: a one-time link that sets a new password for an active person, valid 24 hours. It revokes the person's earlier links.",
  })
  issuePasswordResetLink(
    @CurrentUser() user: AuthUser,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<PasswordResetLink> {
    return this.resets.issue(user, userId);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Forgot your password: always true, whether or not the address has an account. Until e-mail delivery exists, the link goes to the server log, for an administrator to pass on.',
  })
  requestPasswordReset(
    @Args() { email }: RequestPasswordResetArgs,
    @Context() ctx: GqlContext,
  ): boolean {
    return this.resets.request(email, ctx.req.id);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Set a new password with the token of a reset link. Every session of the person ends; sign in with the new password. Failed tries count against the sign-in lockout.',
  })
  resetPassword(
    @Args() { token, newPassword }: ResetPasswordArgs,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    return this.resets.reset(token, newPassword, ctx.req.ip ?? null, ctx.req.id);
  }
}

import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { GraphQLError } from 'graphql';
import { DomainError, Unauthenticated } from '../common/errors';
import { validationPipe } from '../common/validation';
import { LoginInput } from './dto/login.input';

/** Runs passport-local on `login(input: { email, password })`. */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Guards run before pipes: validate here, so that malformed input is refused
    // as usual (BAD_USER_INPUT) without costing a password hash.
    const { input } = GqlExecutionContext.create(context).getArgs<{ input?: unknown }>();
    await validationPipe.transform(input, { type: 'body', metatype: LoginInput, data: 'input' });
    return (await super.canActivate(context)) as boolean;
  }

  getRequest(context: ExecutionContext) {
    const gql = GqlExecutionContext.create(context);
    const req = gql.getContext<{ req: { body?: unknown } }>().req;
    const input = gql.getArgs<{ input?: { email?: unknown; password?: unknown } }>().input ?? {};
    req.body = { email: input.email, password: input.password };
    return req;
  }

  handleRequest<T>(err: unknown, user: T): T {
    // Domain errors, and the sign-in lockout's TOO_MANY_REQUESTS, keep their code.
    if (err instanceof DomainError || err instanceof GraphQLError) throw err;
    if (err || !user) throw new Unauthenticated('Wrong e-mail or password.');
    return user;
  }
}

import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthUser } from './auth-user';
import { AppRequest } from './request-context';

export const IS_PUBLIC = 'isPublic';
/** Marks the few operations open to anonymous callers (deny by default otherwise). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export function requestOf(context: ExecutionContext): AppRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AppRequest }>().req;
  }
  return context.switchToHttp().getRequest<AppRequest>();
}

/** The signed-in user (the global guard has made sure there is one). */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthUser => requestOf(context).user as AuthUser,
);

import { Request } from 'express';
import { AuthUser } from './auth-user';
import { RequestLoaders } from './loaders';

export interface AppRequest extends Request {
  id: string;
  user?: AuthUser;
}

/** What every resolver receives as its GraphQL context. */
export interface GqlContext {
  req: AppRequest;
  loaders: RequestLoaders;
}

/**
 * The arguments of a field resolver that declares none. Field resolvers
 * without arguments take graphql-js's own `(parent, args, context)` rather
 * than `@Parent()` / `@Context()` / `@CurrentUser()`: with no parameter
 * decorators (and no field enhancers) Nest calls the method directly instead
 * of through its execution context, guards and pipes, which cost a quarter
 * of the server's CPU on a page of 50 needs with their matches. The caller
 * is `context.req.user`, as the global guard of the root field left it.
 */
export type NoArgs = Record<string, never>;

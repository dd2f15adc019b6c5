import { randomUUID } from 'node:crypto';
import { Context } from 'graphql-ws';
import { LoadersFactory } from './common/loaders';
import { AppRequest, GqlContext } from './common/request-context';
import { SocketAuth } from './sessions/graphql-ws';

/**
 * The GraphQL context of an operation: over HTTP, Express's request; over a
 * socket, a request of our own that carries the socket's token, so that the
 * global guard checks every subscription as it checks any other operation.
 */
export function graphqlContext(
  arg: { req?: AppRequest } | Context<Record<string, unknown> | undefined, SocketAuth>,
  loaders: LoadersFactory,
): GqlContext {
  let req: AppRequest;
  if ('req' in arg && arg.req) {
    req = arg.req;
  } else {
    const extra = (arg as Context<Record<string, unknown> | undefined, SocketAuth>).extra;
    req = {
      id: randomUUID(),
      user: extra?.user,
      headers: extra?.token ? { authorization: `Bearer ${extra.token}` } : {},
    } as unknown as AppRequest;
  }
  return { req, loaders: loaders.forRequest(req) };
}

import { Request } from 'express';
import { AuthUser } from '../auth/auth-user';
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

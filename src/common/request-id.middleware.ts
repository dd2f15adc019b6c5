import { randomUUID } from 'node:crypto';
import { NextFunction, Response } from 'express';
import { AppRequest } from './request-context';
import { requestScope } from './request-scope';

const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Gives every request an id (the caller's X-Request-Id when it is sane) for logs and audit. */
export function requestId(req: AppRequest, res: Response, next: NextFunction): void {
  const given = req.header('x-request-id');
  req.id = given && SAFE_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', req.id);
  // The rest of the request runs inside the scope, so that the audit trail can name it.
  requestScope.run({ requestId: req.id }, next);
}

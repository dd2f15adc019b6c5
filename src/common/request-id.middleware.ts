import { randomUUID } from 'node:crypto';
import { NextFunction, Response } from 'express';
import { AppRequest } from './request-context';

const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Gives every request an id (the caller's X-Request-Id when it is sane) for logs and audit. */
export function requestId(req: AppRequest, res: Response, next: NextFunction): void {
  const given = req.header('x-request-id');
  req.id = given && SAFE_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', req.id);
  next();
}

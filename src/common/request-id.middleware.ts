import { randomUUID } from 'node:crypto';
import { NextFunction, Response } from 'express';
import { IncomingMessage } from 'node:http';
import { AppRequest } from './request-context';

const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * The request's id, the same whichever of this middleware and the request
 * logger (pino-http's genReqId) asks first: the caller's X-Request-Id when it
 * is sane, else a new UUID, written back into the header for the other.
 */
export function requestIdOf(req: IncomingMessage & { id?: unknown }): string {
  if (typeof req.id === 'string' && req.id) return req.id;
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
  req.headers['x-request-id'] = id;
  return id;
}

/** Gives every request an id for logs, error answers and the audit trail. */
export function requestId(req: AppRequest, res: Response, next: NextFunction): void {
  req.id = requestIdOf(req);
  res.setHeader('X-Request-Id', req.id);
  next();
}

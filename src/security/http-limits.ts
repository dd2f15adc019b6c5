import { INestApplication, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { SecurityLimits } from './security.config';

/** What the browser may load for the served client (client/dist): its own files only. */
export const CLIENT_CSP = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  // Mantine writes its CSS variables in a <style> element at run time.
  styleSrc: ["'self'", "'unsafe-inline'"],
  // Not forced: the server is also reached over plain HTTP on a LAN or loopback.
  upgradeInsecureRequests: null,
};

interface BodyError {
  type?: string;
  status?: number;
}

/**
 * The HTTP side of the limits, applied by createApp before any route:
 * helmet's headers, CORS from the allow-list, the JSON body parser with its
 * size limit, and clear answers (GraphQL-shaped, no stack) when a body is
 * too large or not JSON.
 */
export function applyHttpLimits(nest: INestApplication, limits: SecurityLimits): void {
  const app = nest as NestExpressApplication;
  if (limits.trustProxy) {
    const value = /^\d+$/.test(limits.trustProxy) ? Number(limits.trustProxy) : limits.trustProxy;
    app.set('trust proxy', value);
  }

  const strict = helmet({ contentSecurityPolicy: { useDefaults: false, directives: CLIENT_CSP } });
  // Outside production /graphql serves Apollo's sandbox page, which brings its
  // own Content-Security-Policy (with nonces); a second policy would block it.
  const sandbox = helmet({ contentSecurityPolicy: false });
  app.use((req: Request, res: Response, next: NextFunction) =>
    !limits.production && req.path === '/graphql'
      ? sandbox(req, res, next)
      : strict(req, res, next),
  );

  app.enableCors({
    // Listed origins get CORS headers; others get none, so browsers refuse
    // them the answer (and the preflight of a JSON POST).
    origin: (origin, done) =>
      done(null, origin !== undefined && limits.corsOrigins.includes(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: [
      'content-type',
      'authorization',
      'accept-language',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'x-request-id',
    ],
    credentials: false,
    maxAge: 600,
  });

  app.useBodyParser('json', { limit: `${limits.bodyLimitKb}kb` });
  const logger = new Logger('HttpLimits');
  app.use((err: BodyError, req: Request, res: Response, next: NextFunction) => {
    if (!err?.type || typeof err.status !== 'number' || res.headersSent) return next(err);
    // The body is read before the request-id middleware runs: name the refusal here, so that
    // a caller's report and the log line meet.
    const requestId = (req as Request & { id?: string }).id ?? randomUUID();
    res.setHeader('X-Request-Id', requestId);
    const [status, code, message] =
      err.type === 'entity.too.large'
        ? [413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${limits.bodyLimitKb} KiB.`]
        : err.type === 'entity.parse.failed'
          ? [400, 'BAD_REQUEST', 'The request body is not valid JSON.']
          : [err.status, 'BAD_REQUEST', 'The request body could not be read.'];
    logger.warn({ requestId, path: req.path, status, code });
    res.status(status).json({ errors: [{ message, extensions: { code, requestId } }] });
  });
}

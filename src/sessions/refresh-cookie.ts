import { HttpException, HttpStatus } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import { AuthOptions } from '../auth/auth-options';

/**
 * The refresh token of browsers, in a cookie no script of the page can read
 * (HttpOnly) and that only POST /auth/refresh and /auth/logout receive: its
 * Path is /auth, so it never travels with GraphQL requests, the socket or
 * the client's files. SameSite=Strict keeps other sites' pages from sending
 * it; the JSON content type those routes require (a CORS preflight) keeps
 * other origins of the same site out, as Apollo's CSRF prevention does for
 * /graphql. Secure outside development (AuthOptions.secureCookie).
 */
export const REFRESH_COOKIE = 'd4d_refresh';
export const REFRESH_COOKIE_PATH = '/auth';

function cookieOptions(options: AuthOptions): CookieOptions {
  return {
    path: REFRESH_COOKIE_PATH,
    httpOnly: true,
    secure: options.secureCookie,
    sameSite: 'strict',
  };
}

export function setRefreshCookie(res: Response | undefined, token: string, options: AuthOptions) {
  res?.cookie(REFRESH_COOKIE, token, {
    ...cookieOptions(options),
    maxAge: options.refreshTtlDays * 86_400_000,
  });
}

export function clearRefreshCookie(res: Response | undefined, options: AuthOptions) {
  res?.clearCookie(REFRESH_COOKIE, cookieOptions(options));
}

/** The refresh cookie's value, read from the Cookie header (no cookie parser needed for one). */
export function refreshCookieOf(req: Request): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== REFRESH_COOKIE) continue;
    try {
      return decodeURIComponent(part.slice(at + 1).trim()) || null;
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * Refuses what a page of another origin can send without a CORS preflight
 * (a form, a `no-cors` fetch): only a JSON body is taken.
 */
export function refuseSimpleRequests(req: Request): void {
  if (!req.is('application/json')) {
    throw new HttpException(
      {
        code: 'BAD_REQUEST',
        message:
          'This request has been blocked as a potential cross-site request forgery: send Content-Type: application/json.',
      },
      HttpStatus.BAD_REQUEST,
    );
  }
}

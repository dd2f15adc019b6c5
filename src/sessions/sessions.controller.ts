import { Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AUTH_OPTIONS, AuthOptions } from '../auth/auth-options';
import { Public } from '../common/decorators';
import { Unauthenticated } from '../common/errors';
import {
  clearRefreshCookie,
  refreshCookieOf,
  refuseSimpleRequests,
  setRefreshCookie,
} from './refresh-cookie';
import { SessionsService } from './sessions.service';

/**
 * The browser's side of `refreshSession` and `logout`: the refresh token
 * comes in the HttpOnly cookie (src/sessions/refresh-cookie.ts) instead of
 * the body, and the renewed one leaves in it, never in an answer a script
 * of the page could read. Public: the cookie is the credential.
 */
@Controller('auth')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
  ) {}

  /** A new access token (and the next refresh token, in the cookie). */
  @Public()
  @Post('refresh')
  @HttpCode(200)
  async refresh(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ accessToken: string; expiresIn: number }> {
    refuseSimpleRequests(req);
    const token = refreshCookieOf(req);
    if (!token) throw new Unauthenticated('There is no session to renew; sign in.');
    try {
      const session = await this.sessions.refresh(token, { retry: true });
      setRefreshCookie(res, session.refreshToken, this.options);
      return { accessToken: session.accessToken, expiresIn: this.options.accessTtlSeconds };
    } catch (error) {
      if (error instanceof Unauthenticated) clearRefreshCookie(res, this.options);
      throw error;
    }
  }

  /** Ends the sign-in of the cookie, if any, and clears it. */
  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    refuseSimpleRequests(req);
    const token = refreshCookieOf(req);
    if (token) await this.sessions.logout(null, token);
    clearRefreshCookie(res, this.options);
  }
}

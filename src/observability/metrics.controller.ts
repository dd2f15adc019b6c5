import { Controller, ForbiddenException, Get, Header, Req, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Request, Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Public } from '../common/decorators';
import { Environment } from '../config/env.validation';
import { Metrics } from './metrics';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
/** Headers a reverse proxy adds: a request bearing one came from elsewhere, whatever its socket says. */
const PROXY_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Who may read the metrics: with METRICS_TOKEN set, whoever sends it as a
 * bearer token; without it, only a scraper on the same machine (a loopback
 * socket and no proxy header). The metrics hold counts and timings only,
 * never records, but they still describe the platform's use.
 */
export function mayReadMetrics(req: Request, token: string | undefined): boolean {
  if (token) {
    const given = /^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '')?.[1] ?? '';
    // Compared as digests: equal lengths, and no timing hint of the token's prefix.
    return timingSafeEqual(digest(given), digest(token));
  }
  const direct = PROXY_HEADERS.every((h) => req.headers[h] === undefined);
  return direct && LOOPBACK.has(req.socket.remoteAddress ?? '');
}

/** `/metrics`: Prometheus' text format. The JWT guard is skipped; the check above applies instead. */
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async scrape(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!mayReadMetrics(req, this.config.get('METRICS_TOKEN', { infer: true }))) {
      throw new ForbiddenException('Metrics are readable from this machine or with METRICS_TOKEN');
    }
    res.setHeader('Content-Type', this.metrics.contentType);
    res.send(await this.metrics.text());
  }
}

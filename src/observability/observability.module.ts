import {
  DynamicModule,
  Inject,
  LogLevel,
  MiddlewareConsumer,
  Module,
  NestModule,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { IncomingMessage } from 'node:http';
import { Duplex } from 'node:stream';
import type { DestinationStream } from 'pino';
import { HttpLogger } from 'pino-http';
import { AppLogger, requestLogger } from './logging';
import { Metrics } from './metrics';
import { MetricsController } from './metrics.controller';
import { MetricsPlugin } from './metrics.plugin';

export interface ObservabilityOptions {
  logLevel?: LogLevel;
  /** Where the JSON log lines go; standard output by default (the tests read their own). */
  logStream?: DestinationStream;
}

const REQUEST_LOGGER = Symbol('requestLogger');

/**
 * Metrics at /metrics (see MetricsController for who may read them) and JSON
 * logs: pino-http writes one line per request, and AppLogger (the
 * application's Nest logger, see bootstrap.ts) writes through the same pino
 * logger, at the level and to the destination given here.
 */
@Module({})
export class ObservabilityModule implements NestModule, OnApplicationBootstrap {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly metrics: Metrics,
    @Inject(REQUEST_LOGGER) private readonly requests: HttpLogger,
  ) {}

  static forRoot(options: ObservabilityOptions = {}): DynamicModule {
    return {
      module: ObservabilityModule,
      controllers: [MetricsController],
      providers: [
        Metrics,
        MetricsPlugin,
        {
          provide: REQUEST_LOGGER,
          useFactory: () => requestLogger(options.logLevel ?? 'log', options.logStream),
        },
        {
          provide: AppLogger,
          inject: [REQUEST_LOGGER],
          useFactory: (requests: HttpLogger) => new AppLogger(requests.logger),
        },
      ],
      exports: [Metrics, AppLogger],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(this.requests).forRoutes('*path');
  }

  /**
   * Counts the WebSocket connections of graphql-ws at the HTTP server's
   * upgrade, where each one starts, until its socket closes: no change to the
   * subscription options is needed.
   */
  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as
      | { on(event: 'upgrade', cb: (req: IncomingMessage, socket: Duplex) => void): void }
      | undefined;
    server?.on('upgrade', (req, socket) => {
      if (!(req.url ?? '').startsWith('/graphql')) return;
      this.metrics.socketOpened();
      socket.once('close', () => this.metrics.socketClosed());
    });
  }
}

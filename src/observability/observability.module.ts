import { DynamicModule, LogLevel, Module, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { IncomingMessage } from 'node:http';
import { Duplex } from 'node:stream';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { loggerParams } from './logging';
import { Metrics } from './metrics';
import { MetricsController } from './metrics.controller';
import { MetricsPlugin } from './metrics.plugin';

export interface ObservabilityOptions {
  logLevel?: LogLevel;
  /** Where the JSON log lines go; standard output by default (the tests read their own). */
  logStream?: DestinationStream;
}

/**
 * Metrics at /metrics (see MetricsController for who may read them) and JSON
 * logs through nestjs-pino. pino-http keeps one logger per process: the first
 * application of a process sets its level and destination.
 */
@Module({})
export class ObservabilityModule implements OnApplicationBootstrap {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly metrics: Metrics,
  ) {}

  static forRoot(options: ObservabilityOptions = {}): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [LoggerModule.forRoot(loggerParams(options.logLevel ?? 'log', options.logStream))],
      controllers: [MetricsController],
      providers: [Metrics, MetricsPlugin],
      exports: [Metrics],
    };
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

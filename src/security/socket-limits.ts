import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { WebSocketServer } from 'ws';
import { SECURITY_LIMITS, SecurityLimits } from './security.config';

/**
 * The subscription socket's message size, bounded as an HTTP body is. The
 * WebSocket server that @nestjs/graphql builds for graphql-ws takes no
 * options and keeps ws's default of 100 MiB a message, which any caller,
 * before signing in, could make the server buffer. ws reads `maxPayload`
 * from its options at each connection, so setting it once the server exists
 * (after the GraphQL module's start) holds for every socket; a larger
 * message closes the socket (1009).
 */
@Injectable()
export class SocketMessageLimit implements OnApplicationBootstrap {
  constructor(
    private readonly modules: ModuleRef,
    @Inject(SECURITY_LIMITS) private readonly limits: SecurityLimits,
  ) {}

  onApplicationBootstrap(): void {
    const graphql = this.modules.get(GraphQLModule, { strict: false });
    // Not a public API of @nestjs/apollo: fail at start rather than run unbounded after an upgrade.
    const wss = (
      graphql?.graphQlAdapter as unknown as { _subscriptionService?: { wss?: WebSocketServer } }
    )?._subscriptionService?.wss;
    if (!wss)
      throw new Error(
        'The graphql-ws socket server was not found: its message limit cannot be set.',
      );
    wss.options.maxPayload = this.limits.bodyLimitKb * 1024;
  }
}

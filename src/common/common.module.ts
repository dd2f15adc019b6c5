import { Global, Module } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { AfterCommitSubscriber } from './after-commit';
import { DomainEvents } from './domain-events';
import { LiveEvents } from './live-events';
import { LoadersFactory } from './loaders';
import { Records } from './records';

/**
 * What every module may inject: the request's loaders, the domain events'
 * bus, the live events and the after-commit hook that publishes them, and
 * the versioned records' helper.
 */
@Global()
@Module({
  imports: [EventEmitterModule.forRoot({ wildcard: false, maxListeners: 50 })],
  providers: [LoadersFactory, DomainEvents, LiveEvents, AfterCommitSubscriber, Records],
  exports: [LoadersFactory, DomainEvents, LiveEvents, Records],
})
export class CommonModule {}

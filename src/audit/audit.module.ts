import { Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/**
 * The audit trail: it records the change of every domain event, in the
 * transaction of the change (`AuditService.recordEvent`).
 */
@Module({
  providers: [AuditService, AuditResolver],
})
export class AuditModule {}

import { Module } from '@nestjs/common';
import { MinistriesModule } from '../ministries/ministries.module';
import { UsersModule } from '../users/users.module';
import { NeedsResolver } from './needs.resolver';
import { NeedsService } from './needs.service';

@Module({
  imports: [MinistriesModule, UsersModule],
  providers: [NeedsService, NeedsResolver],
  exports: [NeedsService],
})
export class NeedsModule {}

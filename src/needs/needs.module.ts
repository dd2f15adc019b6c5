import { Module, OnModuleInit } from '@nestjs/common';
import { DiscussionsModule } from '../discussions/discussions.module';
import { Subjects } from '../discussions/subjects';
import { needSubject } from './need.subject';
import { MinistriesModule } from '../ministries/ministries.module';
import { UsersModule } from '../users/users.module';
import { NeedsResolver } from './needs.resolver';
import { NeedsService } from './needs.service';

@Module({
  imports: [DiscussionsModule, MinistriesModule, UsersModule],
  providers: [NeedsService, NeedsResolver],
  exports: [NeedsService],
})
export class NeedsModule implements OnModuleInit {
  constructor(private readonly subjects: Subjects) {}

  /** Its records have threads. */
  onModuleInit() {
    this.subjects.register(needSubject);
  }
}

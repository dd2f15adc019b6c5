import { Module, OnModuleInit } from '@nestjs/common';
import { DiscussionsModule } from '../discussions/discussions.module';
import { Subjects } from '../discussions/subjects';
import { solutionSubject } from './solution.subject';
import { OrganizationsModule } from '../organizations/organizations.module';
import { UsersModule } from '../users/users.module';
import { SolutionsResolver } from './solutions.resolver';
import { SolutionsService } from './solutions.service';

@Module({
  imports: [DiscussionsModule, OrganizationsModule, UsersModule],
  providers: [SolutionsService, SolutionsResolver],
  exports: [SolutionsService],
})
export class SolutionsModule implements OnModuleInit {
  constructor(private readonly subjects: Subjects) {}

  /** Its records have threads. */
  onModuleInit() {
    this.subjects.register(solutionSubject);
  }
}

import { Injectable } from '@nestjs/common';
import { idLoader, LoaderFactory } from '../common/loaders';
import { User } from './entities/user.entity';
import { UsersService } from './users.service';

@Injectable()
export class UsersLoader implements LoaderFactory<string, User | null> {
  constructor(private readonly users: UsersService) {}

  create() {
    return idLoader((ids) => this.users.findByIds(ids));
  }
}

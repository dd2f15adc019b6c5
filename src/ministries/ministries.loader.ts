import { Injectable } from '@nestjs/common';
import { idLoader, LoaderFactory } from '../common/loaders';
import { Ministry } from './entities/ministry.entity';
import { MinistriesService } from './ministries.service';

@Injectable()
export class MinistriesLoader implements LoaderFactory<string, Ministry | null> {
  constructor(private readonly ministries: MinistriesService) {}

  create() {
    return idLoader((ids) => this.ministries.findByIds(ids));
  }
}

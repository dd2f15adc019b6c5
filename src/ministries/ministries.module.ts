import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Ministry } from './entities/ministry.entity';
import { MinistriesLoader } from './ministries.loader';
import { MinistriesResolver } from './ministries.resolver';
import { MinistriesService } from './ministries.service';

@Module({
  imports: [TypeOrmModule.forFeature([Ministry])],
  providers: [MinistriesService, MinistriesResolver, MinistriesLoader],
  exports: [MinistriesService, MinistriesLoader],
})
export class MinistriesModule {}

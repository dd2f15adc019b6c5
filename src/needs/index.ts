// The needs feature's public face: what other features may import.
export { Need } from './entities/need.entity';
export { NeedsModule } from './needs.module';
export { NeedsService } from './needs.service';
export { statusOnMatchAccepted, takesMatches } from './need-status';

// The solutions feature's public face: what other features may import.
export { Solution } from './entities/solution.entity';
export { SolutionsModule } from './solutions.module';
export { SolutionsService } from './solutions.service';

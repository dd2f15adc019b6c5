import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsIn, IsInt, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { MatchStatus, Recommendation } from '../../common/enums';
import { ConnectionArgs } from '../../common/pagination';
import { EnumList, OptionalNullable, Text } from '../../common/validators';

export const NOTE_LIMIT = 5000;

@InputType()
export class ProposeMatchInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'needId must be a UUID' })
  needId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'solutionId must be a UUID' })
  solutionId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why this solution fits, in a few sentences.',
  })
  @OptionalNullable()
  @Text('rationale', NOTE_LIMIT)
  rationale?: string | null;
}

const Score = (field: string) => [
  IsInt({ message: `${field} must be a whole number from 1 to 5` }),
  Min(1, { message: `${field} must be from 1 to 5` }),
  Max(5, { message: `${field} must be from 1 to 5` }),
];
const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));

@InputType()
export class ReviewMatchInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'matchId must be a UUID' })
  matchId: string;

  @Field(() => Recommendation)
  @IsEnum(Recommendation)
  recommendation: Recommendation;

  @Field(() => Int, { description: 'How well the solution answers the need, 1 to 5.' })
  @apply(Score('relevance'))
  relevance: number;

  @Field(() => Int, { description: 'How realistic it is to deploy there, 1 to 5.' })
  @apply(Score('feasibility'))
  feasibility: number;

  @Field(() => Int, { description: 'Whether it can last after the project, 1 to 5.' })
  @apply(Score('sustainability'))
  sustainability: number;

  @Field(() => Int, { description: 'Fit with the Principles for Digital Development, 1 to 5.' })
  @apply(Score('principlesAlignment'))
  principlesAlignment: number;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Text('comment', NOTE_LIMIT)
  comment?: string | null;
}

@InputType()
export class DecideMatchInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'matchId must be a UUID' })
  matchId: string;

  @Field(() => MatchStatus, { description: 'ACCEPTED or REJECTED.' })
  @IsIn([MatchStatus.ACCEPTED, MatchStatus.REJECTED], {
    message: 'status must be ACCEPTED or REJECTED',
  })
  status: MatchStatus;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Text('note', NOTE_LIMIT)
  note?: string | null;
}

@InputType()
export class MatchFilter {
  @Field(() => [MatchStatus], { nullable: true })
  @OptionalNullable()
  @EnumList('statuses', MatchStatus)
  statuses?: MatchStatus[] | null;

  @Field(() => ID, { nullable: true })
  @OptionalNullable()
  @IsUUID('all', { message: 'needId must be a UUID' })
  needId?: string | null;

  @Field(() => ID, { nullable: true })
  @OptionalNullable()
  @IsUUID('all', { message: 'solutionId must be a UUID' })
  solutionId?: string | null;
}

@ArgsType()
export class MatchesArgs extends ConnectionArgs {
  @Field(() => MatchFilter, { nullable: true })
  @OptionalNullable()
  @ValidateNested()
  @Type(() => MatchFilter)
  filter?: MatchFilter | null;
}

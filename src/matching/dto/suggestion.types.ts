import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Need } from '../../needs';
import { Solution } from '../../solutions';

@ObjectType({ description: 'One factor of a match score: what it measured and how much it added.' })
export class MatchReason {
  @Field({ description: 'domains, text, country, maturity or principles.' })
  factor: string;

  @Field(() => Float, { description: 'The most this factor can add.' })
  weight: number;

  @Field(() => Float, { description: 'What it added: weight × how well the pair does on it.' })
  contribution: number;

  @Field({ description: 'A sentence a reviewer can read, in the language of the request.' })
  detail: string;
}

@ObjectType({ description: 'score is in [0, 1]; the contributions of reasons add up to it.' })
export class SolutionSuggestion {
  @Field(() => Solution)
  solution: Solution;

  @Field(() => Float)
  score: number;

  @Field(() => [MatchReason])
  reasons: MatchReason[];
}

@ObjectType({ description: 'score is in [0, 1]; the contributions of reasons add up to it.' })
export class NeedSuggestion {
  @Field(() => Need)
  need: Need;

  @Field(() => Float)
  score: number;

  @Field(() => [MatchReason])
  reasons: MatchReason[];
}

import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Maturity, SolutionStatus } from '../../common/enums';
import {
  NoControlCharacters,
  Codes,
  Optional,
  OptionalNullable,
  Tags,
  Text,
} from '../../common/validators';

export const SOLUTION_LIMITS = { title: 200, summary: 500, description: 20_000 };

@InputType()
export class CreateSolutionInput {
  @Field()
  @Text('title', SOLUTION_LIMITS.title)
  title: string;

  @Field({ description: 'One or two sentences, at most 500 characters.' })
  @Text('summary', SOLUTION_LIMITS.summary)
  summary: string;

  @Field()
  @Text('description', SOLUTION_LIMITS.description)
  description: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The providing organisation: yours for providers; required for coordinators and admins.',
  })
  @Optional()
  @IsUUID('all', { message: 'providerId must be a UUID' })
  providerId?: string;

  @Field(() => [ID])
  @Codes('domainCodes', 1, 12)
  domainCodes: string[];

  @Field(() => [ID], { nullable: true })
  @Optional()
  @Codes('principleCodes', 0, 9)
  principleCodes?: string[];

  @Field(() => [String], { nullable: true })
  @Optional()
  @Tags()
  tags?: string[];

  @Field(() => Maturity)
  @IsEnum(Maturity)
  maturity: Maturity;

  @Field()
  @IsBoolean()
  openSource: boolean;

  @Field(() => [ID], {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 codes of countries where it runs.',
  })
  @Optional()
  @Codes('countryCodesDeployed', 0, 250, 2)
  countryCodesDeployed?: string[];

  @Field(() => SolutionStatus, { nullable: true, description: 'PUBLISHED when omitted.' })
  @Optional()
  @IsEnum(SolutionStatus)
  status?: SolutionStatus;
}

@InputType()
export class UpdateSolutionInput {
  @Field(() => Int, {
    description: 'The version you edit; a newer one on the server gives CONFLICT.',
  })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version: number;

  @Field({ nullable: true })
  @Optional()
  @Text('title', SOLUTION_LIMITS.title)
  title?: string;

  @Field({ nullable: true })
  @Optional()
  @Text('summary', SOLUTION_LIMITS.summary)
  summary?: string;

  @Field({ nullable: true })
  @Optional()
  @Text('description', SOLUTION_LIMITS.description)
  description?: string;

  @Field(() => [ID], { nullable: true })
  @Optional()
  @Codes('domainCodes', 1, 12)
  domainCodes?: string[];

  @Field(() => [ID], { nullable: true })
  @Optional()
  @Codes('principleCodes', 0, 9)
  principleCodes?: string[];

  @Field(() => [String], { nullable: true })
  @Optional()
  @Tags()
  tags?: string[];

  @Field(() => Maturity, { nullable: true })
  @Optional()
  @IsEnum(Maturity)
  maturity?: Maturity;

  @Field({ nullable: true })
  @Optional()
  @IsBoolean()
  openSource?: boolean;

  @Field(() => [ID], { nullable: true })
  @Optional()
  @Codes('countryCodesDeployed', 0, 250, 2)
  countryCodesDeployed?: string[];

  @Field(() => SolutionStatus, { nullable: true })
  @Optional()
  @IsEnum(SolutionStatus)
  status?: SolutionStatus;
}

@InputType()
export class SolutionFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Full-text search, French or English, accents ignored.',
  })
  @OptionalNullable()
  @IsString({ message: 'search must be text' })
  @MaxLength(200, { message: 'search must be at most 200 characters' })
  @NoControlCharacters('search')
  search?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Solutions in any of these domains.' })
  @OptionalNullable()
  @Codes('domainCodes', 0, 20)
  domainCodes?: string[] | null;

  @Field(() => ID, { nullable: true })
  @OptionalNullable()
  @IsUUID('all', { message: 'providerId must be a UUID' })
  providerId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @OptionalNullable()
  @IsBoolean()
  openSource?: boolean | null;

  @Field(() => Maturity, { nullable: true, description: 'At least this mature.' })
  @OptionalNullable()
  @IsEnum(Maturity)
  minMaturity?: Maturity | null;
}

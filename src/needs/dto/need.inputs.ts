import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { NeedStatus, Priority, Visibility } from '../../common/enums';
import {
  NoControlCharacters,
  Codes,
  CountryCode,
  EnumList,
  Optional,
  OptionalNullable,
  Tags,
  Text,
} from '../../common/validators';

export const NEED_LIMITS = { title: 200, description: 20_000, partnerInstitution: 200 };

@InputType()
export class CreateNeedInput {
  @Field()
  @Text('title', NEED_LIMITS.title)
  title: string;

  @Field()
  @Text('description', NEED_LIMITS.description)
  description: string;

  @Field(() => ID, { description: 'ISO 3166-1 alpha-2 code of the partner country.' })
  @CountryCode('countryCode')
  countryCode: string;

  @Field(() => [ID], { description: 'One or more domain codes.' })
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

  @Field(() => ID, { nullable: true, description: 'Defaults to your ministry for ministry staff.' })
  @OptionalNullable()
  @IsUUID('all', { message: 'ministryId must be a UUID' })
  ministryId?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Text('partnerInstitution', NEED_LIMITS.partnerInstitution)
  partnerInstitution?: string | null;

  @Field(() => Priority, { nullable: true, description: 'MEDIUM when omitted.' })
  @Optional()
  @IsEnum(Priority)
  priority?: Priority;

  @Field(() => Visibility, {
    nullable: true,
    description:
      'INTERNAL when omitted (private by design): only ministries and the working group see it.',
  })
  @Optional()
  @IsEnum(Visibility)
  visibility?: Visibility;

  @Field(() => NeedStatus, {
    nullable: true,
    description: 'DRAFT or OPEN; OPEN when omitted. Only an accepted match makes a need MATCHED.',
  })
  @Optional()
  @IsEnum(NeedStatus)
  status?: NeedStatus;
}

@InputType()
export class UpdateNeedInput {
  @Field(() => Int, {
    description: 'The version you edit; a newer one on the server gives CONFLICT.',
  })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version: number;

  @Field({ nullable: true })
  @Optional()
  @Text('title', NEED_LIMITS.title)
  title?: string;

  @Field({ nullable: true })
  @Optional()
  @Text('description', NEED_LIMITS.description)
  description?: string;

  @Field(() => ID, { nullable: true })
  @Optional()
  @CountryCode('countryCode')
  countryCode?: string;

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

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @OptionalNullable()
  @Text('partnerInstitution', NEED_LIMITS.partnerInstitution)
  partnerInstitution?: string | null;

  @Field(() => Priority, { nullable: true })
  @Optional()
  @IsEnum(Priority)
  priority?: Priority;

  @Field(() => Visibility, { nullable: true })
  @Optional()
  @IsEnum(Visibility)
  visibility?: Visibility;

  @Field(() => NeedStatus, {
    nullable: true,
    description:
      'An edit moves DRAFT ⇄ OPEN, OPEN or MATCHED → CLOSED, and MATCHED or CLOSED → OPEN unless a match for it was accepted; only an accepted match makes a need MATCHED.',
  })
  @Optional()
  @IsEnum(NeedStatus)
  status?: NeedStatus;
}

@InputType()
export class NeedFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Full-text search, French or English, accents ignored.',
  })
  @OptionalNullable()
  @IsString({ message: 'search must be text' })
  @MaxLength(200, { message: 'search must be at most 200 characters' })
  @NoControlCharacters('search')
  search?: string | null;

  @Field(() => [ID], { nullable: true })
  @OptionalNullable()
  @Codes('countryCodes', 0, 250, 2)
  countryCodes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Needs in any of these domains.' })
  @OptionalNullable()
  @Codes('domainCodes', 0, 20)
  domainCodes?: string[] | null;

  @Field(() => [NeedStatus], { nullable: true })
  @OptionalNullable()
  @EnumList('statuses', NeedStatus)
  statuses?: NeedStatus[] | null;

  @Field(() => ID, { nullable: true })
  @OptionalNullable()
  @IsUUID('all', { message: 'ministryId must be a UUID' })
  ministryId?: string | null;
}

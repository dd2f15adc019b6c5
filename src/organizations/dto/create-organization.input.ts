import { Acronym, OptionalNullable, Text, Website } from '../../common/validators';
import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Length } from 'class-validator';
import { OrganizationKind } from '../../common/enums';

@InputType()
export class CreateOrganizationInput {
  @Field()
  @Text('name', 200)
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Short name, 2 to 20 uppercase letters, digits or dashes (LIST).',
  })
  @OptionalNullable()
  @Acronym()
  acronym?: string | null;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind)
  kind: OrganizationKind;

  @Field({ nullable: true, description: 'ISO 3166-1 alpha-2; LU when omitted.' })
  @IsOptional()
  @IsString()
  @Length(2, 2, { message: 'countryCode must be a two-letter ISO 3166-1 code' })
  countryCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Website()
  website?: string;
}

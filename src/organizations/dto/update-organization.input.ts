import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { OrganizationKind } from '../../common/enums';
import {
  Acronym,
  CountryCode,
  Optional,
  OptionalNullable,
  Text,
  Website,
} from '../../common/validators';

/** What an administrator changes of an organisation; a field left out stays as it is. */
@InputType()
export class UpdateOrganizationInput {
  @Field({ nullable: true, description: 'Unique among organisations.' })
  @Optional()
  @Text('name', 200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @OptionalNullable()
  @Acronym()
  acronym?: string | null;

  @Field(() => OrganizationKind, { nullable: true })
  @Optional()
  @IsEnum(OrganizationKind, { message: 'kind must be one of the OrganizationKind values' })
  kind?: OrganizationKind;

  @Field({ nullable: true, description: 'ISO 3166-1 alpha-2.' })
  @Optional()
  @CountryCode('countryCode')
  countryCode?: string;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @OptionalNullable()
  @Website()
  website?: string | null;
}

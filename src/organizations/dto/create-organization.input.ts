import { Text } from '../../common/validators';
import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUrl, Length, MaxLength } from 'class-validator';
import { OrganizationKind } from '../../common/enums';

@InputType()
export class CreateOrganizationInput {
  @Field()
  @Text('name', 200)
  name: string;

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
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be an http(s) URL' },
  )
  @MaxLength(300)
  website?: string;
}

import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { Locale } from '../../common/enums';
import { Optional, Text } from '../../common/validators';

@InputType()
export class UpdateProfileInput {
  @Field({ nullable: true })
  @Optional()
  @Text('displayName', 120)
  displayName?: string;

  @Field(() => Locale, {
    nullable: true,
    description: 'The language of your notifications and suggestions: fr or en.',
  })
  @Optional()
  @IsEnum(Locale, { message: 'locale must be fr or en' })
  locale?: Locale;
}

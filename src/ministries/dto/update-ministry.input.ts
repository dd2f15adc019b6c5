import { Field, InputType } from '@nestjs/graphql';
import { Acronym, Optional, OptionalNullable, Text, Website } from '../../common/validators';

/** What an administrator changes of a ministry; a field left out stays as it is. */
@InputType()
export class UpdateMinistryInput {
  @Field({ nullable: true })
  @Optional()
  @Text('name', 200)
  name?: string;

  @Field({ nullable: true, description: 'Unique among ministries.' })
  @Optional()
  @Acronym()
  acronym?: string;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @OptionalNullable()
  @Website()
  website?: string | null;
}

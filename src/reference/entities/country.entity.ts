import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({
  description:
    'Every ISO 3166-1 country, and Kosovo as XK (a partner of Luxembourg\'s cooperation): alpha-2 code, English and French names, UN M49 sub-region in English ("Western Africa").',
})
@Entity()
export class Country {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 2 })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  nameFr: string;

  @Field()
  @Column({ type: 'varchar', length: 60 })
  region: string;
}

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'One of the nine Principles for Digital Development (2019).' })
@Entity()
export class Principle {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code: string;

  @Field(() => Int)
  @Column({ type: 'smallint', unique: true })
  number: number;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Field()
  @Column({ type: 'varchar', length: 160 })
  titleFr: string;
}

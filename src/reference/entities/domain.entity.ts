import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'A digitalisation domain (PUBLIC_ADMINISTRATION, FINTECH, ...).' })
@Entity()
export class Domain {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  label: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  labelFr: string;

  /** Display order. */
  @Column({ type: 'smallint' })
  position: number;
}

import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'A member ministry of the working group.' })
@Entity()
export class Ministry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field()
  @Index('uq_ministry_acronym', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  acronym: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

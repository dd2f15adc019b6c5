import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Country } from '../reference/entities/country.entity';
import { Domain } from '../reference/entities/domain.entity';

@ObjectType({ description: 'One cell of the portfolio: a country and a domain.' })
export class CoverageCell {
  countryCode: string;
  domainCode: string;

  @Field(() => Country)
  country?: Country;

  @Field(() => Domain)
  domain?: Domain;

  @Field(() => Int, { description: 'Needs in this cell that are OPEN.' })
  openNeeds: number;

  @Field(() => Int, { description: 'Needs in this cell that are MATCHED.' })
  matchedNeeds: number;

  @Field(() => Int, { description: 'ACCEPTED matches of the needs in this cell.' })
  acceptedMatches: number;
}

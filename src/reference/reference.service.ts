import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BadInput } from '../common/errors';
import { Country } from './entities/country.entity';
import { Domain } from './entities/domain.entity';
import { Principle } from './entities/principle.entity';

interface ReferenceData {
  countries: Map<string, Country>;
  domains: Map<string, Domain>;
  principles: Map<string, Principle>;
}

/**
 * Countries, domains and principles change only with a migration (and a
 * restart), so they are read once and served from memory.
 */
@Injectable()
export class ReferenceService {
  private data?: Promise<ReferenceData>;
  /** The same data once it has arrived, for the synchronous lookups below. */
  private loaded?: ReferenceData;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private load(): Promise<ReferenceData> {
    this.data ??= (async () => {
      const [countries, domains, principles] = await Promise.all([
        this.db.getRepository(Country).find({ order: { name: 'ASC' } }),
        this.db.getRepository(Domain).find({ order: { position: 'ASC' } }),
        this.db.getRepository(Principle).find({ order: { number: 'ASC' } }),
      ]);
      return (this.loaded = {
        countries: new Map(countries.map((c) => [c.code, c])),
        domains: new Map(domains.map((d) => [d.code, d])),
        principles: new Map(principles.map((p) => [p.code, p])),
      });
    })().catch((err) => {
      this.data = undefined; // try again next time (the database may have been away)
      throw err;
    });
    return this.data;
  }

  async countries(): Promise<Country[]> {
    return [...(await this.load()).countries.values()];
  }

  async domains(): Promise<Domain[]> {
    return [...(await this.load()).domains.values()];
  }

  async principles(): Promise<Principle[]> {
    return [...(await this.load()).principles.values()];
  }

  /**
   * What `pick` finds in the reference data: at once when it is loaded (as it
   * is after a request or two), so that graphql-js completes a field such as
   * a need's country without a promise; a promise only the first time.
   */
  private now<T>(pick: (data: ReferenceData) => T): T | Promise<T> {
    return this.loaded ? pick(this.loaded) : this.load().then(pick);
  }

  /** The country of a code; null for a code that is not one (a row older than a removal). */
  country(code: string): Country | null | Promise<Country | null> {
    return this.now((d) => d.countries.get(code) ?? null);
  }

  domain(code: string): Domain | null | Promise<Domain | null> {
    return this.now((d) => d.domains.get(code) ?? null);
  }

  /** The countries of codes, in their order, unknown codes left out. */
  countriesOf(codes: readonly string[]): Country[] | Promise<Country[]> {
    return this.now((d) => known(d.countries, codes));
  }

  domainsOf(codes: readonly string[]): Domain[] | Promise<Domain[]> {
    return this.now((d) => known(d.domains, codes));
  }

  principlesOf(codes: readonly string[]): Principle[] | Promise<Principle[]> {
    return this.now((d) => known(d.principles, codes));
  }

  /** Normalises a country code (upper case) and checks that it exists. */
  async checkCountry(code: string, field: string): Promise<string> {
    const [normalised] = await this.checkCodes('countries', [code], field);
    return normalised;
  }

  /** Normalises codes (upper case, no duplicates, given order) and checks that each exists. */
  async checkCodes(
    kind: 'countries' | 'domains' | 'principles',
    codes: readonly string[],
    field: string,
  ): Promise<string[]> {
    const data = await this.load();
    const known = data[kind];
    const normalised = [...new Set(codes.map((c) => c.trim().toUpperCase()))];
    const unknown = normalised.filter((c) => !known.has(c));
    if (unknown.length > 0) {
      const noun = { countries: 'country', domains: 'domain', principles: 'principle' }[kind];
      throw new BadInput(
        `Unknown ${noun} code${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`,
        field,
      );
    }
    return normalised;
  }
}

const known = <T>(byCode: Map<string, T>, codes: readonly string[]): T[] =>
  codes.flatMap((c) => byCode.get(c) ?? []);

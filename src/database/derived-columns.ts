import { Column, ColumnOptions, Index } from 'typeorm';

/**
 * An integer-set column that PostgreSQL keeps for the ranking (a trigger, or
 * a generated expression given in `kept`): TypeORM never reads it by
 * default and never writes it.
 */
export const derivedIntSet = (kept: ColumnOptions = { default: () => "'{}'" }): ColumnOptions => ({
  type: 'int',
  array: true,
  select: false,
  insert: false,
  update: false,
  ...kept,
});

/**
 * The columns PostgreSQL keeps for the ranking and the full-text search of a
 * need or a solution (migrations MatchingProfiles, ConceptVocabulary,
 * ConceptTerms, SearchFoundations), given the SQL of the record's summary
 * (`NULL` for a need) and of its principles' ids. An entity extends the
 * class this returns; TypeORM reads the inherited columns as its own.
 */
export function RankedTextColumns(text: { summary: string; principleIds: string }) {
  abstract class RankedText {
    /** The vocabulary's concepts the text mentions, kept by a trigger. */
    @Column(derivedIntSet())
    conceptIds?: number[];

    /** The stems its concepts' other wordings add to its own, kept by the same trigger. */
    @Column(derivedIntSet())
    conceptTerms?: number[];

    @Column(
      derivedIntSet({
        generatedType: 'STORED',
        asExpression: `public.d4d_terms(title, tags, ${text.summary}, description)`,
      }),
    )
    terms?: number[];

    @Column(
      derivedIntSet({ generatedType: 'STORED', asExpression: 'public.d4d_ids(domain_codes)' }),
    )
    domainIds?: number[];

    @Column(derivedIntSet({ generatedType: 'STORED', asExpression: text.principleIds }))
    principleIds?: number[];

    /** Weighted French + English full-text vector, accents folded. */
    @Column({
      type: 'tsvector',
      select: false,
      insert: false,
      update: false,
      generatedType: 'STORED',
      asExpression: `d4d_search_vector(title, tags, ${text.summary}, description)`,
    })
    searchVector?: string;
  }
  return RankedText;
}

/**
 * The GIN indexes over those columns, written in the migrations (TypeORM
 * cannot describe them): named here so that generated migrations leave them
 * alone.
 */
export const RankedTextIndexes =
  (table: string): ClassDecorator =>
  (target) => {
    for (const index of ['concept_ids', 'domain_ids', 'terms', 'search', 'domains']) {
      Index(`ix_${table}_${index}`, { synchronize: false })(target);
    }
  };

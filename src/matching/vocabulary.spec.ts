import { crossLanguageTerms, foldText, VOCABULARY } from './vocabulary';

describe('the bilingual vocabulary', () => {
  it('carries a French need into English terms, accents and case aside', () => {
    const terms = crossLanguageTerms('Paiement MOBILE des cotisations sociales à Dakar');
    expect(terms).toEqual(
      expect.arrayContaining(['mobile money', 'mobile payment', 'social security']),
    );
  });

  it('carries an English need into French terms', () => {
    expect(crossLanguageTerms('Civil registration of births in rural areas')).toEqual(
      expect.arrayContaining(['etat civil', 'enregistrement des naissances']),
    );
  });

  it('matches whole words only', () => {
    // "cert" must not fire inside "certificate"
    expect(crossLanguageTerms('a certificate of origin')).not.toContain('incident response');
  });

  it('has a vocabulary for every domain', () => {
    expect(Object.keys(VOCABULARY)).toHaveLength(12);
    expect(foldText("Télémédecine d'urgence")).toBe(' telemedecine d urgence ');
  });
});

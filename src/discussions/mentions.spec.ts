import { parseMentions } from './mentions';

describe('parseMentions', () => {
  it('finds e-mails, quoted names and one-word names', () => {
    expect(parseMentions('Thanks @ana@example.org and @"Marc Ministère", see @Claire.')).toEqual({
      emails: ['ana@example.org'],
      names: ['marc ministère', 'claire'],
    });
  });

  it('ignores addresses written in the text and @ glued to a word', () => {
    expect(parseMentions('write to desk@demo.d4d.lu or x@y')).toEqual({ emails: [], names: [] });
  });

  it('ignores code spans and fenced blocks', () => {
    const md = 'see `@Nobody` and\n```\n@"Not Me"\n```\nbut @Yes';
    expect(parseMentions(md)).toEqual({ emails: [], names: ['yes'] });
  });

  it('lower-cases and de-duplicates', () => {
    expect(parseMentions('@Ana @ana @ANA@X.LU @ana@x.lu')).toEqual({
      emails: ['ana@x.lu'],
      names: ['ana'],
    });
  });

  it('reads accented and hyphenated names', () => {
    expect(parseMentions('@Zoé-Anne, @"Jean d\'Ormesson"').names.sort()).toEqual([
      "jean d'ormesson",
      'zoé-anne',
    ]);
  });
});

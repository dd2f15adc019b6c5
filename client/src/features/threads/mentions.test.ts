import {
  activeMention,
  insertMention,
  mentionSuggestions,
  mentionToken,
  type MentionCandidate,
} from './mentions';

const people: MentionCandidate[] = [
  { id: 'u1', displayName: 'Ana Diallo' },
  { id: 'u2', displayName: 'Élodie Martin' },
  { id: 'u3', displayName: 'Marc' },
  { id: 'u4', displayName: 'Amadou Ba' },
  { id: 'u1', displayName: 'Ana Diallo' },
];

describe('the mention being typed', () => {
  it('is an @ at the start or after a space, with the word up to the caret', () => {
    expect(activeMention('@', 1)).toEqual({ start: 0, query: '' });
    expect(activeMention('Hello @An', 9)).toEqual({ start: 6, query: 'An' });
    expect(activeMention('(@Élo', 5)).toEqual({ start: 1, query: 'Élo' });
  });

  it('is not an e-mail address, nor a word the caret has left', () => {
    expect(activeMention('write to ana@example.org', 24)).toBeNull();
    expect(activeMention('@Ana and', 8)).toBeNull();
    expect(activeMention('@Ana and', 4)).toEqual({ start: 0, query: 'Ana' });
  });

  it('goes on past a space inside quotes', () => {
    expect(activeMention('cc @"Ana Di', 11)).toEqual({ start: 3, query: 'Ana Di' });
  });
});

describe('suggestions', () => {
  it('finds a name by its start or by the start of one of its words, accents aside', () => {
    expect(mentionSuggestions(people, 'elo').map((p) => p.id)).toEqual(['u2']);
    expect(mentionSuggestions(people, 'dia').map((p) => p.id)).toEqual(['u1']);
    expect(mentionSuggestions(people, 'MA').map((p) => p.id)).toEqual(['u3', 'u2']);
  });

  it('offers everyone once for a bare @, leaving out the writer', () => {
    expect(mentionSuggestions(people, '', { exclude: 'u3' }).map((p) => p.id)).toEqual([
      'u4',
      'u1',
      'u2',
    ]);
  });

  it('folds the letters the server folds, so that its answers fit here too', () => {
    const nordic = [{ id: 'u5', displayName: 'Søren Kjær' }];
    expect(mentionSuggestions(nordic, 'so').map((p) => p.id)).toEqual(['u5']);
    expect(mentionSuggestions(nordic, 'KJAE').map((p) => p.id)).toEqual(['u5']);
  });

  it('merges the people the server found with those the page knows, once each', () => {
    const fromServer = [
      { id: 'u9', displayName: 'Aïcha Sow' },
      { id: 'u1', displayName: 'Ana Diallo' },
    ];
    expect(mentionSuggestions([...people, ...fromServer], 'a').map((p) => p.id)).toEqual([
      'u9',
      'u4',
      'u1',
    ]);
  });

  it('offers no one who does not fit', () => {
    expect(mentionSuggestions(people, 'zz')).toEqual([]);
  });
});

describe('choosing someone', () => {
  it('writes a one-word name bare and others in quotes, as the server reads them', () => {
    expect(mentionToken('Marc')).toBe('@Marc');
    expect(mentionToken('Ana Diallo')).toBe('@"Ana Diallo"');
    expect(mentionToken('J.')).toBe('@"J."');
  });

  it('replaces what was typed and puts the caret after the name', () => {
    const text = 'Hello @an, see this';
    const at = activeMention(text, 9)!;
    expect(insertMention(text, at, 9, people[0])).toEqual({
      text: 'Hello @"Ana Diallo", see this',
      caret: 19,
    });
    const quoted = 'cc @"Ana';
    expect(insertMention(quoted, activeMention(quoted, 8)!, 8, people[0])).toEqual({
      text: 'cc @"Ana Diallo" ',
      caret: 17,
    });
  });
});

import { NeedStatus } from '../common/enums';
import { BadInput } from '../common/errors';
import {
  checkCreatedStatus,
  checkStatusEdit,
  statusOnMatchAccepted,
  takesMatches,
} from './need-status';

const { DRAFT, OPEN, MATCHED, CLOSED } = NeedStatus;
const ALL = [DRAFT, OPEN, MATCHED, CLOSED];

/** What an edit from → to gives: 'ok', or 'refused' / 'held' (refused only with an accepted match). */
const EDITS: Record<NeedStatus, Record<NeedStatus, 'ok' | 'refused' | 'held'>> = {
  [DRAFT]: { [DRAFT]: 'ok', [OPEN]: 'held', [MATCHED]: 'refused', [CLOSED]: 'refused' },
  [OPEN]: { [DRAFT]: 'held', [OPEN]: 'ok', [MATCHED]: 'refused', [CLOSED]: 'ok' },
  [MATCHED]: { [DRAFT]: 'refused', [OPEN]: 'held', [MATCHED]: 'ok', [CLOSED]: 'ok' },
  [CLOSED]: { [DRAFT]: 'refused', [OPEN]: 'held', [MATCHED]: 'refused', [CLOSED]: 'ok' },
};

async function outcome(from: NeedStatus, to: NeedStatus, accepted: boolean) {
  try {
    await checkStatusEdit(from, to, async () => accepted);
    return 'ok';
  } catch (err) {
    expect(err).toBeInstanceOf(BadInput);
    expect((err as BadInput).details).toEqual({ field: 'status', currentStatus: from });
    expect((err as Error).message).toContain(from);
    return 'refused';
  }
}

describe("a need's status", () => {
  it.each(ALL.flatMap((from) => ALL.map((to) => [from, to] as const)))(
    'an edit %s → %s',
    async (from, to) => {
      const rule = EDITS[from][to];
      expect(await outcome(from, to, false)).toBe(rule === 'refused' ? 'refused' : 'ok');
      expect(await outcome(from, to, true)).toBe(rule === 'ok' ? 'ok' : 'refused');
    },
  );

  it('asks whether an accepted match stands only when the answer depends on it', async () => {
    const asked = jest.fn(async () => false);
    await checkStatusEdit(OPEN, CLOSED, asked);
    await checkStatusEdit(MATCHED, MATCHED, asked);
    await expect(checkStatusEdit(OPEN, MATCHED, asked)).rejects.toThrow(/accepted/);
    expect(asked).not.toHaveBeenCalled();
  });

  it('creates needs DRAFT or OPEN only', () => {
    expect(() => checkCreatedStatus(DRAFT)).not.toThrow();
    expect(() => checkCreatedStatus(OPEN)).not.toThrow();
    expect(() => checkCreatedStatus(MATCHED)).toThrow(BadInput);
    expect(() => checkCreatedStatus(CLOSED)).toThrow(/not CLOSED/);
  });

  it('matches OPEN and MATCHED needs; accepting makes them MATCHED and refuses the others', () => {
    expect(ALL.filter(takesMatches)).toEqual([OPEN, MATCHED]);
    expect(statusOnMatchAccepted(OPEN)).toBe(MATCHED);
    expect(statusOnMatchAccepted(MATCHED)).toBe(MATCHED);
    for (const status of [DRAFT, CLOSED]) {
      expect(() => statusOnMatchAccepted(status)).toThrow(BadInput);
      try {
        statusOnMatchAccepted(status);
      } catch (err) {
        expect((err as BadInput).details).toEqual({ field: 'matchId', needStatus: status });
      }
    }
  });
});

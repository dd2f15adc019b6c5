import { NeedStatus } from '../common/enums';
import { BadInput } from '../common/errors';

const { DRAFT, OPEN, MATCHED, CLOSED } = NeedStatus;

/**
 * The one state machine of a need's status. Edits (`createNeed`,
 * `updateNeed`) move a need between DRAFT, OPEN and CLOSED; only the match
 * workflow makes it MATCHED:
 *
 *   created DRAFT or OPEN
 *   DRAFT ⇄ OPEN, OPEN → CLOSED, MATCHED → CLOSED    an edit
 *   CLOSED → OPEN, MATCHED → OPEN                   an edit, unless an accepted match stands
 *   OPEN → MATCHED, MATCHED → MATCHED               a match accepted (the workflow)
 *
 * A need with an accepted match is MATCHED or CLOSED: no edit takes it back
 * to OPEN or DRAFT (a MATCHED need without one, set by hand before these
 * rules, may be reopened). An edit that gives the status the need has is no
 * change. Matches are proposed and accepted only for OPEN or MATCHED needs.
 */
const FLOW: Record<NeedStatus, { edit: readonly NeedStatus[]; matchAccepted?: NeedStatus }> = {
  [DRAFT]: { edit: [OPEN] },
  [OPEN]: { edit: [DRAFT, CLOSED], matchAccepted: MATCHED },
  [MATCHED]: { edit: [OPEN, CLOSED], matchAccepted: MATCHED },
  [CLOSED]: { edit: [OPEN] },
};

/** The statuses a need is created in. */
export const CREATED_STATUSES: readonly NeedStatus[] = [DRAFT, OPEN];

/** Where an edit may not take a need while an accepted match for it stands. */
const BEFORE_MATCHED: readonly NeedStatus[] = [DRAFT, OPEN];

/** Whether matches are proposed and accepted for a need in this status: OPEN or MATCHED. */
export const takesMatches = (status: NeedStatus): boolean =>
  FLOW[status].matchAccepted !== undefined;

/** Refuses a status a need may not be created in, as BAD_USER_INPUT on `status`. */
export function checkCreatedStatus(status: NeedStatus): void {
  if (CREATED_STATUSES.includes(status)) return;
  throw new BadInput(
    `A need is created DRAFT or OPEN, not ${status}: ${byWorkflow(status)}`,
    'status',
  );
}

/**
 * Refuses an edit's change of status from `from` (the row as locked) to
 * `to`, as BAD_USER_INPUT on `status` with `currentStatus`.
 * `acceptedMatchStands` is asked only when the answer depends on it.
 */
export async function checkStatusEdit(
  from: NeedStatus,
  to: NeedStatus,
  acceptedMatchStands: () => Promise<boolean>,
): Promise<void> {
  if (from === to) return;
  if (!FLOW[from].edit.includes(to)) {
    const why = to === MATCHED ? byWorkflow(to) : `it goes to ${FLOW[from].edit.join(' or ')}.`;
    throw new BadInput(
      `A need that is ${from} cannot be set to ${to} by an edit: ${why}`,
      'status',
      {
        currentStatus: from,
      },
    );
  }
  if (BEFORE_MATCHED.includes(to) && (await acceptedMatchStands())) {
    throw new BadInput(
      `An accepted match stands for this need, so it stays ${from}: it cannot go back to ${to}.`,
      'status',
      { currentStatus: from },
    );
  }
}

/**
 * The need's status once a match for it is accepted (OPEN → MATCHED; MATCHED
 * stays), or BAD_USER_INPUT naming the need's state: a need closed or back
 * to draft since the proposal is no longer matched.
 */
export function statusOnMatchAccepted(status: NeedStatus): NeedStatus {
  const next = FLOW[status].matchAccepted;
  if (next) return next;
  throw new BadInput(
    `A match is accepted only for an OPEN or MATCHED need; this one is now ${status}.`,
    'matchId',
    { needStatus: status },
  );
}

function byWorkflow(status: NeedStatus): string {
  return status === MATCHED
    ? 'a need becomes MATCHED only when a match for it is accepted.'
    : 'close it once it is logged.';
}

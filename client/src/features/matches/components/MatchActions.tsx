import { Button } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchDetailFragment } from '@/generated/lazy';
import { useViewer } from '@/lib/auth/viewer';
import { can, canWithdrawMatch } from '@/lib/authorization';
import { errorMessage } from '@/lib/error-messages';
import { notify } from '@/lib/notify';
import { useStartReview, useWithdrawMatch } from '../hooks/useMatches';

interface Props {
  match: MatchDetailFragment;
  onChanged(): void;
}

/** The header's buttons: start the review (coordinators), withdraw (the proposer). */
export function MatchActions({ match, onChanged }: Props) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [startReview, start] = useStartReview();
  const [withdraw, withdrawing] = useWithdrawMatch();
  const [confirming, setConfirming] = useState(false);
  // The button pressed disappears: focus goes to the confirmation, and back to "withdraw"
  // when it is cancelled, not to the top of the page.
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const toggled = useRef(false);
  useEffect(() => {
    if (!toggled.current) return;
    toggled.current = false;
    (confirming ? confirmButton : withdrawButton).current?.focus();
  }, [confirming]);
  const confirm = (next: boolean) => {
    toggled.current = true;
    setConfirming(next);
  };

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notify(done);
    } catch (error) {
      notify(errorMessage(error, t), 'red');
    } finally {
      onChanged();
    }
  };

  const mayStart = match.status === 'PROPOSED' && can(viewer, 'match:startReview');
  const mayWithdraw =
    (match.status === 'PROPOSED' || match.status === 'UNDER_REVIEW') &&
    canWithdrawMatch(viewer, match);

  return (
    <>
      {mayStart && (
        <Button
          loading={start.loading}
          onClick={() =>
            void run(
              () => startReview({ variables: { matchId: match.id } }),
              t('matches.actions.reviewStarted'),
            )
          }
        >
          {t('matches.actions.startReview')}
        </Button>
      )}
      {mayWithdraw &&
        (confirming ? (
          <>
            <Button
              ref={confirmButton}
              color="red.9"
              loading={withdrawing.loading}
              onClick={() =>
                void run(
                  () => withdraw({ variables: { matchId: match.id } }),
                  t('matches.actions.withdrawn'),
                )
              }
            >
              {t('matches.actions.confirmWithdraw')}
            </Button>
            <Button variant="default" onClick={() => confirm(false)}>
              {t('common.cancel')}
            </Button>
          </>
        ) : (
          <Button
            ref={withdrawButton}
            variant="outline"
            color="red.9"
            onClick={() => confirm(true)}
          >
            {t('matches.actions.withdraw')}
          </Button>
        ))}
    </>
  );
}

import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchDetailFragment } from '@/generated/lazy';
import { useViewer } from '@/lib/auth/viewer';
import { can, canWithdrawMatch } from '@/lib/authorization';
import { errorCode, graphQLErrors } from '@/lib/errors';
import { localizeServerMessage } from '@/lib/server-messages';
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

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notify(done);
    } catch (error) {
      const first = graphQLErrors(error)[0];
      notify(
        first
          ? localizeServerMessage(t, first.message)
          : t(errorCode(error) ? 'errors.server' : 'errors.network'),
        'red',
      );
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
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
          </>
        ) : (
          <Button variant="outline" color="red.9" onClick={() => setConfirming(true)}>
            {t('matches.actions.withdraw')}
          </Button>
        ))}
    </>
  );
}

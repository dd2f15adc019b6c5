import { Alert, Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useSubscription } from '@apollo/client/react';
import { useDocumentTitle } from '@mantine/hooks';
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { MatchReasons, MatchStatusBadge, ScoreMeter } from '@/features/matching';
import { NotFound } from '@/components/NotFound';
import { PageHeader } from '@/components/PageHeader';
import { PageLoader } from '@/components/PageLoader';
import { QueryError } from '@/components/QueryError';
import { Thread } from '@/features/threads';
import { MatchUpdatedDocument, type MatchDetailFragment } from '@/generated/lazy';
import { useViewer } from '@/lib/auth/viewer';
import { can, canReadAudit, decisionConflict, reviewConflict } from '@/lib/authorization';
import { isNotFound } from '@/lib/errors';
import { useLocalized } from '@/lib/format';
import { MatchActions } from '../../components/MatchActions';
import { MatchHistory } from '../../components/MatchHistory';
import { MatchSides } from '../../components/MatchSides';
import { ReviewList } from '../../components/ReviewList';
import { useMatch, useMatchHistory } from '../../hooks/useMatches';

// Only reviewers and coordinators of a match under review see these forms: fetched when shown.
const ReviewForm = lazy(() =>
  import('../../components/ReviewForm').then((m) => ({ default: m.ReviewForm })),
);
const DecisionPanel = lazy(() =>
  import('../../components/DecisionPanel').then((m) => ({ default: m.DecisionPanel })),
);

/**
 * The engine's score when the match was proposed, its reasons for the pair
 * as it stands now, and the proposer's own reasons.
 */
function EngineSection({ match }: { match: MatchDetailFragment }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="match-engine">
      <Title order={2} size="h4" id="match-engine" mb="sm">
        {t('matches.detail.engineTitle')}
      </Title>
      <Stack gap="sm">
        {match.score !== null && (
          <ScoreMeter
            score={match.score}
            label={t('matches.detail.scoreWhenProposed')}
            maxWidth="28rem"
          />
        )}
        <div>
          <Text size="sm" fw={600} mb={4}>
            {t('matches.detail.reasonsNow')}
          </Text>
          <MatchReasons reasons={match.reasons} />
        </div>
        {match.score === null && !match.rationale && (
          <Text size="sm" c="dimmed">
            {t('matches.detail.noScore')}
          </Text>
        )}
        {match.rationale && (
          <div>
            <Text size="sm" fw={600}>
              {t('matches.detail.rationale', { name: match.proposedBy.displayName })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {match.rationale}
            </Text>
          </div>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * One match: the need and the solution side by side, the engine's score and
 * reasons, the reviews and the review form, the decision, the history and
 * the discussion. Each action only for whom the policy allows.
 */
export function MatchPage() {
  const { matchId = '' } = useParams();
  const { t } = useTranslation();
  const l = useLocalized();
  const viewer = useViewer();
  const { match, error, loading, refetch } = useMatch(matchId);
  const audit = canReadAudit(viewer);
  const history = useMatchHistory(matchId, !audit || !match);
  const reload = () => {
    void refetch();
    if (audit) void history.refetch();
  };
  // Someone else's review or decision: reload the match as it now stands.
  useSubscription(MatchUpdatedDocument, {
    variables: { needId: match?.need.id ?? null },
    skip: !match,
    onData: ({ data }) => {
      if (data.data?.matchUpdated.id === matchId) reload();
    },
  });
  useDocumentTitle(
    match
      ? t('matches.detail.documentTitle', {
          need: match.need.title,
          solution: match.solution.title,
        })
      : t('app.name'),
  );

  if (loading) return <PageLoader />;
  if (!match && (isNotFound(error) || !error)) return <NotFound />;
  if (!match) return <QueryError error={error} onRetry={() => void refetch()} />;

  const underReview = match.status === 'UNDER_REVIEW';
  const mine = match.reviews.find((r) => r.reviewer.id === viewer.id) ?? null;
  const conflict = reviewConflict(viewer, match, match.solution);
  const mayReview = underReview && can(viewer, 'match:review');
  const mayDecide =
    underReview && can(viewer, 'match:decide') && decisionConflict(viewer, match) === null;
  const decided = match.status === 'ACCEPTED' || match.status === 'REJECTED';

  return (
    <>
      <PageHeader
        eyebrow={
          <Anchor component={Link} to="/matches" size="sm">
            {t('matches.detail.back')}
          </Anchor>
        }
        title={t('matches.detail.title', { solution: match.solution.title })}
        actions={<MatchActions match={match} onChanged={reload} />}
      />
      <Stack gap="lg">
        <Group gap="xs" mt={-8}>
          <MatchStatusBadge status={match.status} />
          <Text size="sm" c="dimmed">
            {t('matches.detail.proposed', {
              name: match.proposedBy.displayName,
              date: l.dateTime(match.createdAt),
            })}
          </Text>
        </Group>
        <MatchSides match={match} />
        <EngineSection match={match} />
        {decided && (
          <Alert
            color={match.status === 'ACCEPTED' ? 'teal' : 'red'}
            title={t(
              match.status === 'ACCEPTED' ? 'decision.acceptedTitle' : 'decision.rejectedTitle',
            )}
          >
            <Text size="sm">
              {t('decision.by', {
                name: match.decidedBy?.displayName ?? t('common.none'),
                date: match.decidedAt ? l.dateTime(match.decidedAt) : t('common.none'),
              })}
            </Text>
            {match.decisionNote && (
              <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {match.decisionNote}
              </Text>
            )}
          </Alert>
        )}
        <ReviewList reviews={match.reviews} />
        <Suspense fallback={<PageLoader />}>
          {mayReview &&
            (conflict ? (
              <Alert color="gray" title={t('review.conflictTitle')}>
                {t(`review.conflict.${conflict}`)}
              </Alert>
            ) : (
              <ReviewForm
                key={mine?.updatedAt ?? 'new'}
                matchId={match.id}
                mine={mine}
                onSaved={reload}
              />
            ))}
          {mayDecide && (
            <DecisionPanel matchId={match.id} reviews={match.reviews.length} onDecided={reload} />
          )}
        </Suspense>
        {audit && <MatchHistory events={history.events} />}
        <Thread
          subject={{ type: 'MATCH', id: match.id }}
          participants={match.reviews.map((r) => r.reviewer)}
        />
      </Stack>
    </>
  );
}

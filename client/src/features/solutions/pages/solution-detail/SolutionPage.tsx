import { Button, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailColumns } from '@/components/DetailColumns';
import { BackLink, PageHeader } from '@/components/PageHeader';
import { RecordGate } from '@/components/RecordGate';
import { DomainBadges, PrincipleList, TagBadges } from '@/components/RecordScope';
import { Section } from '@/components/Section';
import { SolutionMatching } from '@/features/matching';
import type { SolutionDetailFragment } from '@/generated/graphql';
import { useViewer } from '@/lib/auth/viewer';
import { canManageSolutionOf } from '@/lib/authorization';
import { Thread } from '@/features/threads';
import { SolutionFacts } from '../../components/SolutionFacts';
import { useSolution } from '../../hooks/useSolutions';

/**
 * One solution: its text, suggested needs, matches and discussion in the
 * main column, its facts at the side.
 */
export function SolutionPage() {
  const { solutionId = '' } = useParams();
  const { t } = useTranslation();
  const { solution, error, loading, refetch } = useSolution(solutionId);
  useDocumentTitle(
    solution ? t('solutions.detail.documentTitle', { title: solution.title }) : t('app.name'),
  );
  return (
    <RecordGate record={solution} loading={loading} error={error} onRetry={() => void refetch()}>
      {(solution) => <SolutionDetail solution={solution} />}
    </RecordGate>
  );
}

function SolutionDetail({ solution }: { solution: SolutionDetailFragment }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  return (
    <>
      <PageHeader
        eyebrow={<BackLink to="/solutions" label={t('solutions.detail.back')} />}
        title={solution.title}
        description={solution.summary}
        actions={
          canManageSolutionOf(viewer, solution.provider.id) && (
            <Button component={Link} to={`/solutions/${solution.id}/edit`}>
              {t('solutions.actions.edit')}
            </Button>
          )
        }
      />
      <DetailColumns side={<SolutionFacts solution={solution} />}>
        <Section id="solution-description" title={t('solutions.fields.description')}>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {solution.description}
          </Text>
        </Section>
        <Section id="solution-scope" title={t('solutions.detail.scope')}>
          <Stack gap="sm">
            <DomainBadges domains={solution.domains} />
            {solution.principles.length > 0 && <PrincipleList principles={solution.principles} />}
            {solution.tags.length > 0 && <TagBadges tags={solution.tags} />}
          </Stack>
        </Section>
        <SolutionMatching solution={solution} />
        <Thread subject={{ type: 'SOLUTION', id: solution.id }} />
      </DetailColumns>
    </>
  );
}

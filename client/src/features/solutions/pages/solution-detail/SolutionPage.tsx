import { Anchor, Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFound } from '@/components/NotFound';
import { PageHeader } from '@/components/PageHeader';
import { PageLoader } from '@/components/PageLoader';
import { QueryError } from '@/components/QueryError';
import { SolutionMatching } from '@/components/matching/SolutionMatching';
import { useViewer } from '@/lib/auth/viewer';
import { canManageSolutionOf } from '@/lib/authorization';
import { isNotFound } from '@/lib/errors';
import { useLocalized } from '@/lib/format';
import { Thread } from '@/features/threads';
import { SolutionFacts } from '../../components/SolutionFacts';
import { useSolution } from '../../hooks/useSolutions';

/**
 * One solution: its text in the main column (suggested needs and matches
 * join it there later), its facts at the side.
 */
export function SolutionPage() {
  const { solutionId = '' } = useParams();
  const { t } = useTranslation();
  const l = useLocalized();
  const viewer = useViewer();
  const { solution, error, loading, refetch } = useSolution(solutionId);
  useDocumentTitle(
    solution ? t('solutions.detail.documentTitle', { title: solution.title }) : t('app.name'),
  );

  if (loading) return <PageLoader />;
  if (!solution && (isNotFound(error) || !error)) return <NotFound />;
  if (!solution) return <QueryError error={error} onRetry={() => void refetch()} />;

  return (
    <>
      <PageHeader
        eyebrow={
          <Anchor component={Link} to="/solutions" size="sm">
            {t('solutions.detail.back')}
          </Anchor>
        }
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
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Paper
              withBorder
              p="md"
              radius="md"
              component="section"
              aria-labelledby="solution-description"
            >
              <Title order={2} size="h4" id="solution-description" mb="sm">
                {t('solutions.fields.description')}
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {solution.description}
              </Text>
            </Paper>
            <Paper
              withBorder
              p="md"
              radius="md"
              component="section"
              aria-labelledby="solution-scope"
            >
              <Title order={2} size="h4" id="solution-scope" mb="sm">
                {t('solutions.detail.scope')}
              </Title>
              <Stack gap="sm">
                <Group gap={6}>
                  {solution.domains.map((d) => (
                    <Badge key={d.code} variant="light" radius="sm" tt="none">
                      {l.domainLabel(d)}
                    </Badge>
                  ))}
                </Group>
                {solution.principles.length > 0 && (
                  <Stack gap={2} component="ul" m={0} pl="md">
                    {[...solution.principles]
                      .sort((a, b) => a.number - b.number)
                      .map((p) => (
                        <Text component="li" size="sm" key={p.code}>
                          {p.number}. {l.principleTitle(p)}
                        </Text>
                      ))}
                  </Stack>
                )}
                {solution.tags.length > 0 && (
                  <Group gap={6}>
                    {solution.tags.map((tag) => (
                      <Badge key={tag} variant="outline" color="gray.8" radius="sm" tt="none">
                        {tag}
                      </Badge>
                    ))}
                  </Group>
                )}
              </Stack>
            </Paper>
            <SolutionMatching solution={solution} />
            <Thread subject={{ type: 'SOLUTION', id: solution.id }} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <SolutionFacts solution={solution} />
        </Grid.Col>
      </Grid>
    </>
  );
}

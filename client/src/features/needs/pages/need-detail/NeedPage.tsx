import { Anchor, Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFound } from '@/components/NotFound';
import { PageHeader } from '@/components/PageHeader';
import { PageLoader } from '@/components/PageLoader';
import { QueryError } from '@/components/QueryError';
import { NeedMatching } from '@/components/matching/NeedMatching';
import { useViewer } from '@/lib/auth/viewer';
import { canUpdateNeed } from '@/lib/authorization';
import { isNotFound } from '@/lib/errors';
import { useLocalized } from '@/lib/format';
import { Thread } from '@/features/threads';
import { NeedFacts } from '../../components/NeedFacts';
import { useNeed } from '../../hooks/useNeeds';

/**
 * One need. The main column holds its text; suggested solutions, matches and
 * the discussion thread join it below as sections of their own when the
 * server offers them. The side column holds the facts.
 */
export function NeedPage() {
  const { needId = '' } = useParams();
  const { t } = useTranslation();
  const l = useLocalized();
  const viewer = useViewer();
  const { need, error, loading, refetch } = useNeed(needId);
  useDocumentTitle(need ? t('needs.detail.documentTitle', { title: need.title }) : t('app.name'));

  if (loading) return <PageLoader />;
  if (!need && (isNotFound(error) || !error)) return <NotFound />;
  if (!need) return <QueryError error={error} onRetry={() => void refetch()} />;

  return (
    <>
      <PageHeader
        eyebrow={
          <Anchor component={Link} to="/needs" size="sm">
            {t('needs.detail.back')}
          </Anchor>
        }
        title={need.title}
        actions={
          canUpdateNeed(viewer, need) && (
            <Button component={Link} to={`/needs/${need.id}/edit`}>
              {t('needs.actions.edit')}
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
              aria-labelledby="need-description"
            >
              <Title order={2} size="h4" id="need-description" mb="sm">
                {t('needs.fields.description')}
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {need.description}
              </Text>
            </Paper>
            <Paper withBorder p="md" radius="md" component="section" aria-labelledby="need-scope">
              <Title order={2} size="h4" id="need-scope" mb="sm">
                {t('needs.detail.scope')}
              </Title>
              <Stack gap="sm">
                <div>
                  <Text size="sm" fw={600} mb={4}>
                    {t('needs.fields.domains')}
                  </Text>
                  <Group gap={6}>
                    {need.domains.map((d) => (
                      <Badge key={d.code} variant="light" radius="sm" tt="none">
                        {l.domainLabel(d)}
                      </Badge>
                    ))}
                  </Group>
                </div>
                <div>
                  <Text size="sm" fw={600} mb={4}>
                    {t('needs.fields.principles')}
                  </Text>
                  {need.principles.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('common.none')}
                    </Text>
                  ) : (
                    <Stack gap={2} component="ul" m={0} pl="md">
                      {[...need.principles]
                        .sort((a, b) => a.number - b.number)
                        .map((p) => (
                          <Text component="li" size="sm" key={p.code}>
                            {p.number}. {l.principleTitle(p)}
                          </Text>
                        ))}
                    </Stack>
                  )}
                </div>
                {need.tags.length > 0 && (
                  <div>
                    <Text size="sm" fw={600} mb={4}>
                      {t('needs.fields.tags')}
                    </Text>
                    <Group gap={6}>
                      {need.tags.map((tag) => (
                        <Badge key={tag} variant="outline" color="gray.8" radius="sm" tt="none">
                          {tag}
                        </Badge>
                      ))}
                    </Group>
                  </div>
                )}
              </Stack>
            </Paper>
            <NeedMatching need={need} />
            <Thread subject={{ type: 'NEED', id: need.id }} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <NeedFacts need={need} />
        </Grid.Col>
      </Grid>
    </>
  );
}

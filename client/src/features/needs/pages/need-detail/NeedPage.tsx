import { Button, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailColumns } from '@/components/DetailColumns';
import { BackLink, PageHeader } from '@/components/PageHeader';
import { RecordGate } from '@/components/RecordGate';
import { DomainBadges, PrincipleList, TagBadges } from '@/components/RecordScope';
import { Section } from '@/components/Section';
import { NeedMatching } from '@/features/matching';
import type { NeedDetailFragment } from '@/generated/graphql';
import { useViewer } from '@/lib/auth/viewer';
import { canUpdateNeed } from '@/lib/authorization';
import { Thread } from '@/features/threads';
import { NeedFacts } from '../../components/NeedFacts';
import { useNeed } from '../../hooks/useNeeds';

/**
 * One need. The main column holds its text, its suggested solutions, its
 * matches and the discussion thread; the side column holds the facts.
 */
export function NeedPage() {
  const { needId = '' } = useParams();
  const { t } = useTranslation();
  const { need, error, loading, refetch } = useNeed(needId);
  useDocumentTitle(need ? t('needs.detail.documentTitle', { title: need.title }) : t('app.name'));
  return (
    <RecordGate record={need} loading={loading} error={error} onRetry={() => void refetch()}>
      {(need) => <NeedDetail need={need} />}
    </RecordGate>
  );
}

function NeedDetail({ need }: { need: NeedDetailFragment }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  return (
    <>
      <PageHeader
        eyebrow={<BackLink to="/needs" label={t('needs.detail.back')} />}
        title={need.title}
        actions={
          canUpdateNeed(viewer, need) && (
            <Button component={Link} to={`/needs/${need.id}/edit`}>
              {t('needs.actions.edit')}
            </Button>
          )
        }
      />
      <DetailColumns side={<NeedFacts need={need} />}>
        <Section id="need-description" title={t('needs.fields.description')}>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {need.description}
          </Text>
        </Section>
        <Section id="need-scope" title={t('needs.detail.scope')}>
          <Stack gap="sm">
            <div>
              <Text size="sm" fw={600} mb={4}>
                {t('needs.fields.domains')}
              </Text>
              <DomainBadges domains={need.domains} />
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
                <PrincipleList principles={need.principles} />
              )}
            </div>
            {need.tags.length > 0 && (
              <div>
                <Text size="sm" fw={600} mb={4}>
                  {t('needs.fields.tags')}
                </Text>
                <TagBadges tags={need.tags} />
              </div>
            )}
          </Stack>
        </Section>
        <NeedMatching need={need} />
        <Thread subject={{ type: 'NEED', id: need.id }} />
      </DetailColumns>
    </>
  );
}

import { Button } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '@/components/ListPage';
import { SolutionsDocument } from '@/generated/graphql';
import { usePagedConnection } from '@/hooks/usePagedConnection';
import { useOrganizations, useReferenceOptions } from '@/hooks/useReferenceData';
import { useViewer } from '@/lib/auth/viewer';
import { can } from '@/lib/authorization';
import { SolutionFilters } from '../../components/SolutionFilters';
import { SolutionListItem } from '../../components/SolutionListItem';
import { useSolutionFilters } from '../../hooks/useSolutionFilters';

export function SolutionsListPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { state, filter, update, clear } = useSolutionFilters();
  const { domains } = useReferenceOptions();
  const { organizations } = useOrganizations();
  const providers = useMemo(
    () => organizations.map((o) => ({ value: o.id, label: o.name })),
    [organizations],
  );
  const list = usePagedConnection(SolutionsDocument, { filter }, (data) => data.solutions);

  return (
    <ListPage
      documentTitle={t('solutions.list.documentTitle')}
      title={t('solutions.list.title')}
      description={t('solutions.list.intro')}
      actions={
        can(viewer, 'solution:create') && (
          <Button component={Link} to="/solutions/new">
            {t('solutions.actions.create')}
          </Button>
        )
      }
      filters={
        <SolutionFilters
          state={state}
          onChange={update}
          onClear={clear}
          domains={domains}
          providers={providers}
        />
      }
      resultsLabel={t('solutions.list.results')}
      empty={t('solutions.list.empty')}
      list={list}
      renderItem={(solution) => <SolutionListItem solution={solution} />}
    />
  );
}

import { Button } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '@/components/ListPage';
import { NeedsDocument } from '@/generated/graphql';
import { usePagedConnection } from '@/hooks/usePagedConnection';
import { useMinistries, useReferenceOptions } from '@/hooks/useReferenceData';
import { useViewer } from '@/lib/auth/viewer';
import { can } from '@/lib/authorization';
import { NeedFilters } from '../../components/NeedFilters';
import { NeedListItem } from '../../components/NeedListItem';
import { useNeedFilters } from '../../hooks/useNeedFilters';

export function NeedsListPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { state, filter, update, clear } = useNeedFilters();
  const { countries, domains } = useReferenceOptions();
  const { ministries } = useMinistries();
  const ministryOptions = useMemo(
    () => ministries.map((m) => ({ value: m.id, label: `${m.acronym} · ${m.name}` })),
    [ministries],
  );
  const list = usePagedConnection(NeedsDocument, { filter }, (data) => data.needs);

  return (
    <ListPage
      documentTitle={t('needs.list.documentTitle')}
      title={t('needs.list.title')}
      description={t(
        viewer.role === 'SOLUTION_PROVIDER' ? 'needs.list.introProvider' : 'needs.list.intro',
      )}
      actions={
        can(viewer, 'need:create') && (
          <Button component={Link} to="/needs/new">
            {t('needs.actions.create')}
          </Button>
        )
      }
      filters={
        <NeedFilters
          state={state}
          onChange={update}
          onClear={clear}
          countries={countries}
          domains={domains}
          ministries={ministryOptions}
        />
      }
      resultsLabel={t('needs.list.results')}
      empty={t('needs.list.empty')}
      list={list}
      renderItem={(need) => <NeedListItem need={need} />}
    />
  );
}

import { Stack, Table } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/PageHeader';
import { PageLoader } from '@/components/PageLoader';
import { QueryError } from '@/components/QueryError';
import { useMinistries } from '@/hooks/useReferenceData';
import { AdminSection } from '../../components/AdminSection';
import { MinistryForm } from '../../components/MinistryForm';

export function MinistriesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.ministries.documentTitle'));
  const { ministries, loading, error, refetch } = useMinistries();
  return (
    <>
      <PageHeader title={t('admin.ministries.title')} description={t('admin.ministries.intro')} />
      <Stack gap="lg">
        <AdminSection id="new-ministry" title={t('admin.ministries.add')}>
          <MinistryForm />
        </AdminSection>
        <AdminSection
          id="ministry-list"
          title={t('admin.ministries.list', { count: ministries.length })}
        >
          {error && <QueryError error={error} onRetry={() => void refetch()} />}
          {loading && ministries.length === 0 && <PageLoader />}
          <Table.ScrollContainer
            minWidth={360}
            type="native"
            tabIndex={0}
            role="region"
            aria-label={t('admin.ministries.title')}
          >
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.ministries.acronym')}</Table.Th>
                  <Table.Th scope="col">{t('admin.ministries.name')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ministries.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td fw={600}>{m.acronym}</Table.Td>
                    <Table.Td>{m.name}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </AdminSection>
      </Stack>
    </>
  );
}

import { Anchor, Stack, Table } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/PageHeader';
import { PageLoader } from '@/components/PageLoader';
import { QueryError } from '@/components/QueryError';
import { useOrganizations } from '@/hooks/useReferenceData';
import { AdminSection } from '../../components/AdminSection';
import { OrganizationForm } from '../../components/OrganizationForm';

export function OrganizationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.organizations.documentTitle'));
  const { organizations, loading, error, refetch } = useOrganizations();
  return (
    <>
      <PageHeader
        title={t('admin.organizations.title')}
        description={t('admin.organizations.intro')}
      />
      <Stack gap="lg">
        <AdminSection id="new-organization" title={t('admin.organizations.add')}>
          <OrganizationForm />
        </AdminSection>
        <AdminSection
          id="organization-list"
          title={t('admin.organizations.list', { count: organizations.length })}
        >
          {error && <QueryError error={error} onRetry={() => void refetch()} />}
          {loading && organizations.length === 0 && <PageLoader />}
          <Table.ScrollContainer
            minWidth={320}
            type="native"
            tabIndex={0}
            role="region"
            aria-label={t('admin.organizations.title')}
          >
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.organizations.name')}</Table.Th>
                  <Table.Th scope="col">{t('admin.organizations.kind')}</Table.Th>
                  <Table.Th scope="col" visibleFrom="sm">
                    {t('admin.organizations.website')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {organizations.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td fw={600}>{o.name}</Table.Td>
                    <Table.Td>{t(`enums.OrganizationKind.${o.kind}`)}</Table.Td>
                    <Table.Td visibleFrom="sm">
                      {o.website && (
                        <Anchor href={o.website} target="_blank" rel="noreferrer" size="sm">
                          {o.website.replace(/^https?:\/\//, '')}
                        </Anchor>
                      )}
                    </Table.Td>
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

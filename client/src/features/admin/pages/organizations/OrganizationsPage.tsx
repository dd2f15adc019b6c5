import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOrganizations } from '@/hooks/useReferenceData';
import { OrganizationForm } from '../../components/OrganizationForm';
import { ReferenceAdminPage } from '../../components/ReferenceAdminPage';

export function OrganizationsPage() {
  const { t } = useTranslation();
  const { organizations, loading, error, refetch } = useOrganizations();
  return (
    <ReferenceAdminPage
      kind="organizations"
      one="organization"
      form={<OrganizationForm />}
      count={organizations.length}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      tableMinWidth={320}
    >
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
    </ReferenceAdminPage>
  );
}

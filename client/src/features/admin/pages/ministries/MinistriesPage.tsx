import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMinistries } from '@/hooks/useReferenceData';
import { MinistryForm } from '../../components/MinistryForm';
import { ReferenceAdminPage } from '../../components/ReferenceAdminPage';

export function MinistriesPage() {
  const { t } = useTranslation();
  const { ministries, loading, error, refetch } = useMinistries();
  return (
    <ReferenceAdminPage
      kind="ministries"
      one="ministry"
      form={<MinistryForm />}
      count={ministries.length}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      tableMinWidth={360}
    >
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
    </ReferenceAdminPage>
  );
}

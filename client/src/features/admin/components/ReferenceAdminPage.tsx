import { Stack, Table } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/PageHeader';
import { PageLoader } from '@/components/PageLoader';
import { QueryError } from '@/components/QueryError';
import { Section } from '@/components/Section';

interface Props {
  /** Where its strings are: admin.<kind>.title, .intro, .add, .list. */
  kind: 'ministries' | 'organizations';
  /** One of them, for the sections' ids: new-<one>, <one>-list. */
  one: 'ministry' | 'organization';
  /** The form that adds one. */
  form: ReactNode;
  count: number;
  loading: boolean;
  error?: unknown;
  onRetry(): void;
  /** Below this width the table scrolls sideways. */
  tableMinWidth: number;
  /** The table's head and rows. */
  children: ReactNode;
}

/** Reference data the administrator keeps: a form to add one, and the table of those there are. */
export function ReferenceAdminPage({ kind, one, count, loading, error, ...props }: Props) {
  const { t } = useTranslation();
  useDocumentTitle(t(`admin.${kind}.documentTitle`));
  return (
    <>
      <PageHeader title={t(`admin.${kind}.title`)} description={t(`admin.${kind}.intro`)} />
      <Stack gap="lg">
        <Section id={`new-${one}`} title={t(`admin.${kind}.add`)} gap="md">
          {props.form}
        </Section>
        <Section id={`${one}-list`} title={t(`admin.${kind}.list`, { count })} gap="md">
          {error ? <QueryError error={error} onRetry={props.onRetry} /> : null}
          {loading && count === 0 && <PageLoader />}
          <Table.ScrollContainer
            minWidth={props.tableMinWidth}
            type="native"
            tabIndex={0}
            role="region"
            aria-label={t(`admin.${kind}.title`)}
          >
            <Table striped verticalSpacing="xs">
              {props.children}
            </Table>
          </Table.ScrollContainer>
        </Section>
      </Stack>
    </>
  );
}

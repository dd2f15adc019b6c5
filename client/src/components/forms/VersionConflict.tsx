import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConflictRow {
  field: string;
  label: string;
  theirs: string;
  yours: string;
}

interface Props {
  /** "This need changed since you opened it." */
  title: string;
  /** The fields where the saved version and the user's differ. */
  rows: readonly ConflictRow[];
  saving: boolean;
  /** Save the user's changes on top of the newer version. */
  onKeepMine: () => void;
  /** Drop the user's changes and edit the newer version. */
  onReload: () => void;
}

/**
 * The way out of a version conflict: see what the other person saved, keep
 * one's own changes over it, or reload theirs. Takes focus when it appears.
 */
export function VersionConflict({ title, rows, saving, onKeepMine, onReload }: Props) {
  const { t } = useTranslation();
  const [showTheirs, setShowTheirs] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);

  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="orange"
      variant="light"
      title={title}
      role="alert"
      data-testid="version-conflict"
    >
      <Stack gap="sm">
        <Text size="sm">{t('conflict.body')}</Text>
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            aria-expanded={showTheirs}
            onClick={() => setShowTheirs((v) => !v)}
          >
            {showTheirs ? t('conflict.hideTheirs') : t('conflict.showTheirs')}
          </Button>
          <Button size="xs" color="orange.9" onClick={onKeepMine} loading={saving}>
            {t('conflict.keepMine')}
          </Button>
          <Button size="xs" variant="outline" color="orange.9" onClick={onReload} disabled={saving}>
            {t('conflict.reload')}
          </Button>
        </Group>
        {showTheirs && (
          <Table.ScrollContainer
            minWidth={420}
            type="native"
            tabIndex={0}
            role="region"
            aria-label={title}
          >
            <Table withTableBorder verticalSpacing="xs" fz="sm" bg="var(--mantine-color-body)">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('conflict.field')}</Table.Th>
                  <Table.Th scope="col">{t('conflict.theirs')}</Table.Th>
                  <Table.Th scope="col">{t('conflict.yours')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={3}>{t('conflict.noDifference')}</Table.Td>
                  </Table.Tr>
                )}
                {rows.map((row) => (
                  <Table.Tr key={row.field}>
                    <Table.Th scope="row">{row.label}</Table.Th>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{row.theirs}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{row.yours}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Alert>
  );
}

import { Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './FiltersDisclosure.module.css';

interface Props {
  /** How many filters are set (shown on the closed summary). */
  active: number;
  children: ReactNode;
}

/**
 * On a phone, filters fold under one line so that results come first; a
 * native <details> (no script to load, read well by screen readers). On
 * wider screens they show as they are.
 */
export function FiltersDisclosure({ active, children }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 35.99em)');
  if (!phone) return children;
  return (
    <details className={classes.details} open={active > 0 || undefined}>
      <summary className={classes.summary}>
        <Text component="span" fw={600} size="sm">
          {t('common.filters', { count: active })}
        </Text>
      </summary>
      <div className={classes.body}>{children}</div>
    </details>
  );
}

import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type {
  Maturity,
  NeedStatus,
  Priority,
  SolutionStatus,
  Visibility,
} from '@/generated/graphql';

type Enums = {
  NeedStatus: NeedStatus;
  Priority: Priority;
  Visibility: Visibility;
  SolutionStatus: SolutionStatus;
  Maturity: Maturity;
};

const COLORS: { [K in keyof Enums]: Record<Enums[K], MantineColor> } = {
  NeedStatus: { DRAFT: 'gray', OPEN: 'blue', MATCHED: 'teal', CLOSED: 'dark' },
  Priority: { LOW: 'gray', MEDIUM: 'blue', HIGH: 'orange', CRITICAL: 'red' },
  Visibility: { INTERNAL: 'grape', PUBLIC: 'cyan' },
  SolutionStatus: { DRAFT: 'gray', PUBLISHED: 'teal', ARCHIVED: 'dark' },
  Maturity: {
    IDEA: 'gray',
    PROTOTYPE: 'yellow',
    PILOT: 'orange',
    DEPLOYED: 'teal',
    SCALED: 'green',
  },
};

type EnumKey = { [K in keyof Enums]: `enums.${K}.${Enums[K]}` }[keyof Enums];

interface Props<K extends keyof Enums> {
  kind: K;
  value: Enums[K];
}

/** A status, priority, visibility or maturity, named in the user's language. */
export function EnumBadge<K extends keyof Enums>({ kind, value }: Props<K>) {
  const { t } = useTranslation();
  const colors: Record<Enums[K], MantineColor> = COLORS[kind];
  return (
    <Badge variant="light" color={colors[value]} radius="sm" tt="none" style={{ flexShrink: 0 }}>
      {t(`enums.${kind}.${value}` as EnumKey)}
    </Badge>
  );
}

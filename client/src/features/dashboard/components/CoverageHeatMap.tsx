import {
  Anchor,
  Box,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '@/lib/format';
import { MEASURES, buildHeatMap, cellLink, level, type Cell, type Measure } from './heatMap';
import classes from './CoverageHeatMap.module.css';

/** Backgrounds from pale to dark blue; dark text on the first three, white on the last two (AA either way). */
const SHADES = ['transparent', 'blue.1', 'blue.3', 'blue.5', 'blue.8', 'blue.9'];
const shade = (n: number) =>
  n === 0 ? 'transparent' : `var(--mantine-color-${SHADES[n].replace('.', '-')})`;

interface Props {
  cells: readonly Cell[];
}

/**
 * The portfolio as a table of countries × domains, coloured by how much
 * there is: open needs, matched needs or accepted matches (a switch). Each
 * number leads to the needs list filtered by its country and domain. On a
 * phone the table scrolls sideways, the countries staying in view.
 */
export function CoverageHeatMap({ cells }: Props) {
  const { t } = useTranslation();
  const l = useLocalized();
  const phone = useMediaQuery('(max-width: 47.99em)');
  const [measure, setMeasure] = useState<Measure>('openNeeds');
  const map = useMemo(() => buildHeatMap(cells, measure, l), [cells, measure, l]);
  const measureName = t(`dashboard.coverage.measures.${measure}`);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="coverage-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" gap="sm">
          <div>
            <Title order={2} size="h4" id="coverage-title">
              {t('dashboard.coverage.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('dashboard.coverage.intro')}
            </Text>
          </div>
          <Stack gap={4} w={phone ? '100%' : undefined}>
            <Text size="sm" fw={600} id="coverage-measure">
              {t('dashboard.coverage.measure')}
            </Text>
            <SegmentedControl
              aria-labelledby="coverage-measure"
              value={measure}
              onChange={(v) => setMeasure(v as Measure)}
              orientation={phone ? 'vertical' : 'horizontal'}
              fullWidth={Boolean(phone)}
              data={MEASURES.map((m) => ({
                value: m,
                label: t(`dashboard.coverage.measures.${m}`),
              }))}
            />
          </Stack>
        </Group>
        {map.rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('dashboard.coverage.empty')}
          </Text>
        ) : (
          <>
            <Box
              className={classes.scroller}
              role="region"
              aria-labelledby="coverage-caption"
              tabIndex={0}
              data-testid="coverage"
            >
              <table className={classes.table}>
                <caption id="coverage-caption" className={classes.caption}>
                  <span className={classes.captionText}>
                    {t('dashboard.coverage.caption', { measure: measureName })}
                  </span>
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className={classes.corner}>
                      {t('dashboard.coverage.country')}
                    </th>
                    {map.domains.map((d) => (
                      <th scope="col" key={d.code} className={classes.domain}>
                        {d.label}
                      </th>
                    ))}
                    <th scope="col" className={classes.domain}>
                      {t('dashboard.coverage.total')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {map.rows.map((row) => (
                    <tr key={row.code}>
                      <th scope="row" className={classes.country}>
                        {row.name}
                      </th>
                      {row.values.map((value, i) => {
                        const n = level(value, map.max);
                        const domain = map.domains[i];
                        return (
                          <td
                            key={domain.code}
                            className={classes.cell}
                            style={{ background: shade(n), color: n >= 4 ? 'white' : undefined }}
                            data-level={n}
                          >
                            {value > 0 ? (
                              <Anchor
                                component={Link}
                                to={cellLink(row.code, domain.code, measure)}
                                c="inherit"
                                fw={700}
                                underline="always"
                                aria-label={t('dashboard.coverage.cellLink', {
                                  value: l.number(value),
                                  measure: measureName,
                                  country: row.name,
                                  domain: domain.label,
                                })}
                              >
                                {l.number(value)}
                              </Anchor>
                            ) : (
                              <>
                                <span aria-hidden className={classes.zero}>
                                  ·
                                </span>
                                <VisuallyHidden>0</VisuallyHidden>
                              </>
                            )}
                          </td>
                        );
                      })}
                      <td className={classes.cell}>
                        <Text span fw={700} size="sm">
                          {l.number(row.total)}
                        </Text>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Box>
            <Group gap={6} aria-hidden wrap="nowrap">
              <Text size="xs" c="dimmed">
                {t('dashboard.coverage.fewer')}
              </Text>
              {[1, 2, 3, 4, 5].map((n) => (
                <Box key={n} w={18} h={12} style={{ background: shade(n), borderRadius: 2 }} />
              ))}
              <Text size="xs" c="dimmed">
                {t('dashboard.coverage.more')}
              </Text>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}

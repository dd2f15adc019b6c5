import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { FormApi } from '@/lib/form';
import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { CountriesField } from '@/components/forms/CountriesField';
import { FormErrors } from '@/components/forms/FormErrors';
import { withEmpty } from '@/components/forms/options';
import { TagsField } from '@/components/forms/TagsField';
import type { Option } from '@/hooks/useReferenceData';
import { MATURITIES } from '../../hooks/useSolutionFilters';
import { SOLUTION_STATUSES, SUMMARY_MAX, type SolutionFormValues } from './solutionFormModel';

export interface SolutionFormOptions {
  countries: Option[];
  domains: Option[];
  principles: Option[];
  /** Offered to the working group; null: the provider's own organisation, shown as text. */
  providers: Option[] | null;
  ownOrganization: string | null;
}

interface Props {
  form: FormApi<SolutionFormValues>;
  formRef: RefObject<HTMLFormElement | null>;
  mode: 'create' | 'edit';
  options: SolutionFormOptions;
  saving: boolean;
  generalErrors: readonly string[];
  conflict?: ReactNode;
  onSubmit(values: SolutionFormValues): void;
  onCancel(): void;
}

/** Describing a solution: by its provider, or by the working group on a provider's behalf. */
export function SolutionForm(props: Props) {
  const { form, formRef, mode, options, saving, generalErrors, conflict } = props;
  const { t } = useTranslation();
  const values = form.getValues();

  return (
    <form ref={formRef} onSubmit={form.onSubmit(props.onSubmit)} noValidate>
      <Stack gap="md" maw="52rem">
        {mode === 'create' &&
          (options.providers ? (
            <NativeSelect
              label={t('solutions.fields.provider')}
              required
              data={withEmpty(t('common.choose'), options.providers)}
              {...form.getInputProps('providerId')}
            />
          ) : (
            options.ownOrganization && (
              <Text size="sm" c="dimmed">
                {t('solutions.hints.ownOrganization', { organization: options.ownOrganization })}
              </Text>
            )
          ))}
        <TextInput label={t('solutions.fields.title')} required {...form.getInputProps('title')} />
        <Textarea
          label={t('solutions.fields.summary')}
          description={t('solutions.hints.summary', {
            count: values.summary.length,
            max: SUMMARY_MAX,
          })}
          required
          autosize
          minRows={2}
          {...form.getInputProps('summary')}
        />
        <Textarea
          label={t('solutions.fields.description')}
          required
          autosize
          minRows={5}
          maxRows={16}
          {...form.getInputProps('description')}
        />
        <Checkbox.Group
          label={t('solutions.fields.domains')}
          withAsterisk
          {...form.getInputProps('domainCodes')}
        >
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} mt="xs" spacing="xs">
            {options.domains.map((d) => (
              <Checkbox key={d.value} value={d.value} label={d.label} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('solutions.fields.maturity')}
            required
            data={withEmpty(
              t('common.choose'),
              MATURITIES.map((m) => ({ value: m, label: t(`enums.Maturity.${m}`) })),
            )}
            {...form.getInputProps('maturity')}
          />
          <NativeSelect
            label={t('solutions.fields.status')}
            data={SOLUTION_STATUSES.map((s) => ({
              value: s,
              label: t(`enums.SolutionStatus.${s}`),
            }))}
            {...form.getInputProps('status')}
          />
        </SimpleGrid>
        <Switch
          label={t('solutions.fields.openSource')}
          description={t('solutions.hints.openSource')}
          checked={values.openSource}
          onChange={(e) => form.setFieldValue('openSource', e.currentTarget.checked)}
          error={form.errors.openSource}
        />
        <CountriesField
          label={t('solutions.fields.countriesDeployed')}
          description={t('solutions.hints.countriesDeployed')}
          options={options.countries}
          value={values.countryCodesDeployed}
          onChange={(codes) => form.setFieldValue('countryCodesDeployed', codes)}
          error={form.errors.countryCodesDeployed}
        />
        <Checkbox.Group
          label={t('solutions.fields.principles')}
          {...form.getInputProps('principleCodes')}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
            {options.principles.map((p) => (
              <Checkbox key={p.value} value={p.value} label={p.label} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <TagsField
          label={t('solutions.fields.tags')}
          description={t('common.tagsHint')}
          value={values.tags}
          onChange={(tags) => form.setFieldValue('tags', tags)}
          error={form.errors.tags}
        />
        <FormErrors messages={generalErrors} />
        {conflict}
        <Group>
          <Button type="submit" loading={saving}>
            {mode === 'create' ? t('solutions.actions.submitCreate') : t('common.save')}
          </Button>
          <Button variant="default" onClick={props.onCancel} disabled={saving}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

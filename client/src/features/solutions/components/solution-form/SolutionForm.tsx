import { NativeSelect, SimpleGrid, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CheckboxesField } from '@/components/forms/CheckboxesField';
import { CountriesField } from '@/components/forms/CountriesField';
import { withEmpty } from '@/components/forms/options';
import { RecordForm, type RecordFormProps } from '@/components/forms/RecordForm';
import { TagsField } from '@/components/forms/TagsField';
import type { Option, ReferenceOptions } from '@/hooks/useReferenceData';
import {
  MATURITIES,
  SOLUTION_STATUSES,
  SUMMARY_MAX,
  type SolutionFormValues,
} from './solutionFormModel';

export interface SolutionFormOptions extends ReferenceOptions {
  /** Offered to the working group; null: the provider's own organisation, shown as text. */
  providers: Option[] | null;
  ownOrganization: string | null;
}

interface Props extends RecordFormProps<SolutionFormValues> {
  mode: 'create' | 'edit';
  options: SolutionFormOptions;
}

/** Describing a solution: by its provider, or by the working group on a provider's behalf. */
export function SolutionForm(props: Props) {
  const { mode, options, ...formProps } = props;
  const { form } = formProps;
  const { t } = useTranslation();
  const values = form.getValues();

  return (
    <RecordForm
      {...formProps}
      submitLabel={mode === 'create' ? t('solutions.actions.submitCreate') : t('common.save')}
    >
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
      <CheckboxesField
        label={t('solutions.fields.domains')}
        withAsterisk
        options={options.domains}
        cols={{ base: 1, xs: 2, md: 3 }}
        {...form.getInputProps('domainCodes')}
      />
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
      <CheckboxesField
        label={t('solutions.fields.principles')}
        options={options.principles}
        cols={{ base: 1, sm: 2 }}
        {...form.getInputProps('principleCodes')}
      />
      <TagsField
        label={t('solutions.fields.tags')}
        description={t('common.tagsHint')}
        value={values.tags}
        onChange={(tags) => form.setFieldValue('tags', tags)}
        error={form.errors.tags}
      />
    </RecordForm>
  );
}

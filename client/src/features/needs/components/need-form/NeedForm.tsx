import { NativeSelect, Radio, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CheckboxesField } from '@/components/forms/CheckboxesField';
import { withEmpty } from '@/components/forms/options';
import { RecordForm, type RecordFormProps } from '@/components/forms/RecordForm';
import { TagsField } from '@/components/forms/TagsField';
import type { Option, ReferenceOptions } from '@/hooks/useReferenceData';
import { NEED_STATUSES, PRIORITIES, VISIBILITIES, type NeedFormValues } from './needFormModel';

export interface NeedFormOptions extends ReferenceOptions {
  /** Offered to the working group when logging a need; null: the user's own ministry, shown as text. */
  ministries: Option[] | null;
  ownMinistry: string | null;
}

interface Props extends RecordFormProps<NeedFormValues> {
  mode: 'create' | 'edit';
  options: NeedFormOptions;
}

/**
 * Logging or editing a need. Native selects and checkboxes: light, quick on
 * a phone, and read well by screen readers. Server errors land at their field.
 */
export function NeedForm(props: Props) {
  const { mode, options, ...formProps } = props;
  const { form } = formProps;
  const { t } = useTranslation();
  const priorities = PRIORITIES.map((value) => ({ value, label: t(`enums.Priority.${value}`) }));
  const statuses = NEED_STATUSES.map((value) => ({ value, label: t(`enums.NeedStatus.${value}`) }));
  const tags = form.getInputProps('tags');

  return (
    <RecordForm
      {...formProps}
      submitLabel={mode === 'create' ? t('needs.actions.submitCreate') : t('common.save')}
    >
      <TextInput
        label={t('needs.fields.title')}
        description={t('needs.hints.title')}
        required
        {...form.getInputProps('title')}
      />
      <Textarea
        label={t('needs.fields.description')}
        description={t('needs.hints.description')}
        required
        autosize
        minRows={5}
        maxRows={16}
        {...form.getInputProps('description')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('needs.fields.country')}
          required
          data={withEmpty(t('common.choose'), options.countries)}
          {...form.getInputProps('countryCode')}
        />
        <TextInput
          label={t('needs.fields.partnerInstitution')}
          description={t('needs.hints.partnerInstitution')}
          {...form.getInputProps('partnerInstitution')}
        />
      </SimpleGrid>
      <CheckboxesField
        label={t('needs.fields.domains')}
        description={t('needs.hints.domains')}
        withAsterisk
        options={options.domains}
        cols={{ base: 1, xs: 2, md: 3 }}
        {...form.getInputProps('domainCodes')}
      />
      <CheckboxesField
        label={t('needs.fields.principles')}
        description={t('needs.hints.principles')}
        options={options.principles}
        cols={{ base: 1, sm: 2 }}
        {...form.getInputProps('principleCodes')}
      />
      <TagsField
        label={t('needs.fields.tags')}
        description={t('common.tagsHint')}
        value={form.getValues().tags}
        onChange={(value) => form.setFieldValue('tags', value)}
        error={tags.error}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('needs.fields.priority')}
          data={priorities}
          {...form.getInputProps('priority')}
        />
        <NativeSelect
          label={t('needs.fields.status')}
          data={statuses}
          {...form.getInputProps('status')}
        />
      </SimpleGrid>
      <Radio.Group label={t('needs.fields.visibility')} {...form.getInputProps('visibility')}>
        <Stack gap="xs" mt="xs">
          {VISIBILITIES.map((v) => (
            <Radio
              key={v}
              value={v}
              label={t(`enums.Visibility.${v}`)}
              description={t(`needs.hints.visibility.${v}`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      {mode === 'create' &&
        (options.ministries ? (
          <NativeSelect
            label={t('needs.fields.ministry')}
            description={t('needs.hints.ministry')}
            data={withEmpty(t('common.none'), options.ministries)}
            {...form.getInputProps('ministryId')}
          />
        ) : (
          options.ownMinistry && (
            <Text size="sm" c="dimmed">
              {t('needs.hints.ownMinistry', { ministry: options.ownMinistry })}
            </Text>
          )
        ))}
    </RecordForm>
  );
}

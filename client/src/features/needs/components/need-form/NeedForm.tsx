import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { FormApi } from '@/lib/form';
import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/forms/FormErrors';
import { withEmpty } from '@/components/forms/options';
import { TagsField } from '@/components/forms/TagsField';
import type { Option } from '@/hooks/useReferenceData';
import { NEED_STATUSES, PRIORITIES, VISIBILITIES, type NeedFormValues } from './needFormModel';

export interface NeedFormOptions {
  countries: Option[];
  domains: Option[];
  principles: Option[];
  /** Offered to the working group when logging a need; null: the user's own ministry, shown as text. */
  ministries: Option[] | null;
  ownMinistry: string | null;
}

interface Props {
  form: FormApi<NeedFormValues>;
  formRef: RefObject<HTMLFormElement | null>;
  mode: 'create' | 'edit';
  options: NeedFormOptions;
  saving: boolean;
  generalErrors: readonly string[];
  /** The version-conflict choice, when there is one. */
  conflict?: ReactNode;
  onSubmit(values: NeedFormValues): void;
  onCancel(): void;
}

/**
 * Logging or editing a need. Native selects and checkboxes: light, quick on
 * a phone, and read well by screen readers. Server errors land at their field.
 */
export function NeedForm(props: Props) {
  const { form, formRef, mode, options, saving, generalErrors, conflict } = props;
  const { t } = useTranslation();
  const priorities = PRIORITIES.map((value) => ({ value, label: t(`enums.Priority.${value}`) }));
  const statuses = NEED_STATUSES.map((value) => ({ value, label: t(`enums.NeedStatus.${value}`) }));
  const tags = form.getInputProps('tags');

  return (
    <form ref={formRef} onSubmit={form.onSubmit(props.onSubmit)} noValidate>
      <Stack gap="md" maw="52rem">
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
        <Checkbox.Group
          label={t('needs.fields.domains')}
          description={t('needs.hints.domains')}
          withAsterisk
          {...form.getInputProps('domainCodes')}
        >
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} mt="xs" spacing="xs">
            {options.domains.map((d) => (
              <Checkbox key={d.value} value={d.value} label={d.label} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Checkbox.Group
          label={t('needs.fields.principles')}
          description={t('needs.hints.principles')}
          {...form.getInputProps('principleCodes')}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
            {options.principles.map((p) => (
              <Checkbox key={p.value} value={p.value} label={p.label} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
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
        <FormErrors messages={generalErrors} />
        {conflict}
        <Group>
          <Button type="submit" loading={saving}>
            {mode === 'create' ? t('needs.actions.submitCreate') : t('common.save')}
          </Button>
          <Button variant="default" onClick={props.onCancel} disabled={saving}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Button, Group, TextInput } from '@mantine/core';
import { useFormState } from '@/lib/form';
import { notify } from '@/lib/notify';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/forms/FormErrors';
import { useServerErrors } from '@/hooks/useServerErrors';
import { useCreateMinistry } from '../hooks/useAdminMutations';

export function MinistryForm() {
  const { t } = useTranslation();
  const [createMinistry, { loading }] = useCreateMinistry();
  const required = t('validation.required');
  const form = useFormState(
    { acronym: '', name: '' },
    {
      acronym: (v: string) => (v.trim() ? null : required),
      name: (v: string) => (v.trim() ? null : required),
    },
  );
  const { formRef, generalErrors, clearGeneral, show } = useServerErrors(form, ['acronym', 'name']);
  const submit = form.onSubmit(async (values) => {
    clearGeneral();
    try {
      const { data } = await createMinistry({
        variables: { input: { acronym: values.acronym.trim(), name: values.name.trim() } },
      });
      if (!data) return;
      notify(t('admin.ministries.created', { acronym: data.createMinistry.acronym }));
      form.reset();
    } catch (error) {
      show(error);
    }
  });
  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t('admin.ministries.add')}>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          label={t('admin.ministries.acronym')}
          description={t('admin.ministries.acronymHint')}
          required
          w={{ base: '100%', sm: 180 }}
          {...form.getInputProps('acronym')}
        />
        <TextInput
          label={t('admin.ministries.name')}
          required
          style={{ flex: '1 1 16rem' }}
          {...form.getInputProps('name')}
        />
      </Group>
      <FormErrors messages={generalErrors} />
      <Button type="submit" loading={loading} mt="sm">
        {t('admin.ministries.submit')}
      </Button>
    </form>
  );
}

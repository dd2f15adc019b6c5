import { Button, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useFormState } from '@/lib/form';
import { notify } from '@/lib/notify';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/forms/FormErrors';
import { withEmpty } from '@/components/forms/options';
import type { OrganizationKind } from '@/generated/graphql';
import { useReferenceOptions } from '@/hooks/useReferenceData';
import { useServerErrors } from '@/hooks/useServerErrors';
import { useCreateOrganization } from '../hooks/useAdminMutations';

export const ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  'RESEARCH',
  'PRIVATE_SECTOR',
  'PUBLIC_AGENCY',
  'CIVIL_SOCIETY',
  'INTERNATIONAL',
];

interface Values {
  name: string;
  kind: OrganizationKind | '';
  countryCode: string;
  website: string;
}

export function OrganizationForm() {
  const { t } = useTranslation();
  const { countries } = useReferenceOptions();
  const [createOrganization, { loading }] = useCreateOrganization();
  const required = t('validation.required');
  const form = useFormState<Values>(
    { name: '', kind: '', countryCode: 'LU', website: '' },
    {
      name: (v) => (v.trim() ? null : required),
      kind: (v) => (v ? null : required),
    },
  );
  const { formRef, generalErrors, clearGeneral, show } = useServerErrors(form, [
    'name',
    'kind',
    'countryCode',
    'website',
  ]);
  const submit = form.onSubmit(async (values) => {
    clearGeneral();
    if (!values.kind) return;
    try {
      const { data } = await createOrganization({
        variables: {
          input: {
            name: values.name.trim(),
            kind: values.kind,
            ...(values.countryCode && { countryCode: values.countryCode }),
            ...(values.website.trim() && { website: values.website.trim() }),
          },
        },
      });
      if (!data) return;
      notify(t('admin.organizations.created', { name: data.createOrganization.name }));
      form.reset();
    } catch (error) {
      show(error);
    }
  });
  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t('admin.organizations.add')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('admin.organizations.name')}
            required
            {...form.getInputProps('name')}
          />
          <NativeSelect
            label={t('admin.organizations.kind')}
            required
            data={withEmpty(
              t('common.choose'),
              ORGANIZATION_KINDS.map((k) => ({
                value: k,
                label: t(`enums.OrganizationKind.${k}`),
              })),
            )}
            {...form.getInputProps('kind')}
          />
          <NativeSelect
            label={t('admin.organizations.country')}
            data={countries}
            {...form.getInputProps('countryCode')}
          />
          <TextInput
            label={t('admin.organizations.website')}
            description={t('admin.organizations.websiteHint')}
            type="url"
            {...form.getInputProps('website')}
          />
        </SimpleGrid>
        <FormErrors messages={generalErrors} />
        <div>
          <Button type="submit" loading={loading}>
            {t('admin.organizations.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

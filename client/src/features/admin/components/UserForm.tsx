import { Button, NativeSelect, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useFormState } from '@/lib/form';
import { notify } from '@/lib/notify';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/forms/FormErrors';
import { withEmpty } from '@/components/forms/options';
import type { Role } from '@/generated/graphql';
import { useMinistries, useOrganizations } from '@/hooks/useReferenceData';
import { useServerErrors } from '@/hooks/useServerErrors';
import { useCreateUser } from '../hooks/useAdminMutations';

const ROLES: readonly Role[] = ['MINISTRY_STAFF', 'SOLUTION_PROVIDER', 'COORDINATOR', 'ADMIN'];
const FIELDS = ['email', 'displayName', 'password', 'role', 'ministryId', 'organizationId'];

interface Values {
  email: string;
  displayName: string;
  password: string;
  role: Role;
  ministryId: string;
  organizationId: string;
}

/** A new account: staff belong to a ministry, providers to an organisation. */
export function UserForm() {
  const { t } = useTranslation();
  const { ministries } = useMinistries();
  const { organizations } = useOrganizations();
  const [createUser, { loading }] = useCreateUser();
  const required = t('validation.required');
  const form = useFormState<Values>(
    {
      email: '',
      displayName: '',
      password: '',
      role: 'MINISTRY_STAFF',
      ministryId: '',
      organizationId: '',
    },
    {
      email: (v) => (v.trim() ? null : required),
      displayName: (v) => (v.trim() ? null : required),
      password: (v) => (v ? null : required),
      ministryId: (v, values) => (values.role === 'MINISTRY_STAFF' && !v ? required : null),
      organizationId: (v, values) => (values.role === 'SOLUTION_PROVIDER' && !v ? required : null),
    },
  );
  const { formRef, generalErrors, clearGeneral, show } = useServerErrors(form, FIELDS);
  const role = form.getValues().role;

  const submit = form.onSubmit(async (values) => {
    clearGeneral();
    try {
      const { data } = await createUser({
        variables: {
          input: {
            email: values.email.trim(),
            displayName: values.displayName.trim(),
            password: values.password,
            role: values.role,
            ministryId: values.role === 'MINISTRY_STAFF' ? values.ministryId : null,
            organizationId: values.role === 'SOLUTION_PROVIDER' ? values.organizationId : null,
          },
        },
      });
      if (!data) return;
      notify(t('admin.users.created', { email: data.createUser.email }));
      form.reset();
    } catch (error) {
      show(error);
    }
  });

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md" maw="40rem">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('admin.users.displayName')}
            required
            autoComplete="off"
            {...form.getInputProps('displayName')}
          />
          <TextInput
            label={t('admin.users.email')}
            type="email"
            required
            autoComplete="off"
            {...form.getInputProps('email')}
          />
        </SimpleGrid>
        <PasswordInput
          label={t('admin.users.password')}
          description={t('admin.users.passwordHint')}
          required
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <NativeSelect
          label={t('admin.users.role')}
          data={ROLES.map((r) => ({ value: r, label: t(`enums.Role.${r}`) }))}
          {...form.getInputProps('role')}
        />
        {role === 'MINISTRY_STAFF' && (
          <NativeSelect
            label={t('admin.users.ministry')}
            required
            data={withEmpty(
              t('common.choose'),
              ministries.map((m) => ({ value: m.id, label: `${m.acronym} · ${m.name}` })),
            )}
            {...form.getInputProps('ministryId')}
          />
        )}
        {role === 'SOLUTION_PROVIDER' && (
          <NativeSelect
            label={t('admin.users.organization')}
            required
            data={withEmpty(
              t('common.choose'),
              organizations.map((o) => ({ value: o.id, label: o.name })),
            )}
            {...form.getInputProps('organizationId')}
          />
        )}
        <FormErrors messages={generalErrors} />
        <div>
          <Button type="submit" loading={loading}>
            {t('admin.users.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

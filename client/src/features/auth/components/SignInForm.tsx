import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useFormState } from '@/lib/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-messages';
import { hasCode } from '@/lib/errors';

interface Props {
  onSignIn(email: string, password: string): Promise<void>;
}

/** E-mail and password; one message for any wrong pair, as the server gives. */
export function SignInForm({ onSignIn }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useFormState(
    { email: '', password: '' },
    {
      email: (v) => (v.trim() ? null : t('signIn.emailRequired')),
      password: (v) => (v ? null : t('signIn.passwordRequired')),
    },
  );

  const submit = form.onSubmit(async ({ email, password }) => {
    setFailure(null);
    setSubmitting(true);
    try {
      await onSignIn(email.trim(), password);
    } catch (error) {
      // A wrong pair; else what kept the server from answering (unreachable, busy, a failure).
      setFailure(
        hasCode(error, 'UNAUTHENTICATED') ? t('signIn.wrongCredentials') : errorMessage(error, t),
      );
    } finally {
      setSubmitting(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <TextInput
          label={t('signIn.email')}
          type="email"
          autoComplete="username"
          required
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('signIn.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={submitting} fullWidth>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}

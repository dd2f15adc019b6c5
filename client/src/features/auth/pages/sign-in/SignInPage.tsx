import { Alert, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { safeNextPath } from '@/lib/auth/redirect';
import { useSession } from '@/lib/auth/session-context';
import { SignInForm } from '../../components/SignInForm';

/** Sign in, then back to the page the user was on (or asked for) before. */
export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.documentTitle'));
  const { signedIn, signIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNextPath(params.get('next'));
  const expired = params.get('expired') === '1';

  if (signedIn) return <Navigate to={next} replace />;

  return (
    <Container size={440} py={{ base: 'lg', sm: 64 }} component="main" id="main">
      <Group justify="space-between" mb="xl" wrap="nowrap">
        <Text fw={750} size="lg" c="blue.9">
          {t('app.name')}
        </Text>
        <LanguageSwitch />
      </Group>
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md">
        <Stack gap="md">
          <div>
            <Title order={1} size="h2">
              {t('signIn.title')}
            </Title>
            <Text c="dimmed" size="sm" mt={4}>
              {t('signIn.intro')}
            </Text>
          </div>
          {expired && (
            <Alert color="orange" role="status">
              {t('signIn.expired')}
            </Alert>
          )}
          <SignInForm
            onSignIn={async (email, password) => {
              await signIn(email, password);
              await navigate(next, { replace: true });
            }}
          />
        </Stack>
      </Paper>
      <Text size="xs" c="dimmed" mt="lg" ta="center">
        {t('app.tagline')}
      </Text>
    </Container>
  );
}

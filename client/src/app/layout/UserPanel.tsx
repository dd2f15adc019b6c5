import { Avatar, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '@/lib/auth/session-context';
import { useViewer } from '@/lib/auth/viewer';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();

/** Who is signed in, in which role, and the way out: in the header on a desktop, in the menu on a phone. */
export function UserPanel({ layout }: { layout: 'header' | 'menu' }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const affiliation = viewer.ministry?.acronym ?? viewer.organization?.name;
  const signOutButton = (
    <Button
      variant="default"
      size="xs"
      onClick={() => void signOut().then(() => navigate('/sign-in', { replace: true }))}
    >
      {t('user.signOut')}
    </Button>
  );
  const inHeader = layout === 'header';
  const who = (
    <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
      <Avatar color="blue.8" variant="filled" radius="xl" size="sm" aria-hidden>
        {initials(viewer.displayName)}
      </Avatar>
      <div style={{ minWidth: 0, maxWidth: inHeader ? '15rem' : undefined }}>
        <Text size="sm" fw={600} truncate={inHeader}>
          {viewer.displayName}
        </Text>
        <Text size="xs" c="dimmed" truncate={inHeader} style={{ overflowWrap: 'anywhere' }}>
          {t(`enums.Role.${viewer.role}`)}
          {affiliation ? ` · ${affiliation}` : ''}
        </Text>
      </div>
    </Group>
  );
  return inHeader ? (
    <Group gap="sm" wrap="nowrap">
      {who}
      {signOutButton}
    </Group>
  ) : (
    <Stack gap="xs" align="flex-start">
      {who}
      {signOutButton}
    </Stack>
  );
}

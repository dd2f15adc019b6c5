import { AppShell, Burger, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { PageLoader } from '@/components/PageLoader';
import { Bell } from '@/features/notifications';
import { RouteErrorBoundary } from '../RouteError';
import { Navigation } from './Navigation';
import { SkipLink } from './SkipLink';
import { UserPanel } from './UserPanel';

/**
 * Header (name, language, user), navigation (a drawer on phones) and the
 * page. The main landmark is the skip link's target.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  // On a phone the closed menu is off-screen: keep it out of the tab order and of screen readers.
  const phone = useMediaQuery('(max-width: 47.99em)');
  useEffect(close, [pathname, close]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'lg' }}
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.close') : t('nav.open')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Text component={Link} to="/" fw={750} size="lg" c="blue.9" td="none">
              {t('app.name')}
              <VisuallyHidden>{t('app.homeLink')}</VisuallyHidden>
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Bell />
            <Group gap="md" wrap="nowrap" visibleFrom="sm">
              <LanguageSwitch />
              <UserPanel layout="header" />
            </Group>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        p="sm"
        id="main-navigation"
        aria-label={t('nav.label')}
        inert={phone && !opened ? true : undefined}
      >
        <Navigation />
        <Stack hiddenFrom="sm" mt="xl" gap="md">
          <LanguageSwitch />
          <UserPanel layout="menu" />
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        <RouteErrorBoundary resetKey={pathname}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}

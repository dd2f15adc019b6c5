import { Box, Burger, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
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
import classes from './AppLayout.module.css';
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
    <div className={classes.root}>
      <SkipLink />
      {/* right-scroll-bar-position: a dialog that locks the page's scrolling keeps the header still. */}
      <header className={`${classes.header} right-scroll-bar-position`}>
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
      </header>
      <Box
        component="nav"
        className={classes.navbar}
        mod={{ opened }}
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
      </Box>
      <main className={classes.main} id="main" tabIndex={-1} style={{ outline: 'none' }}>
        <RouteErrorBoundary resetKey={pathname}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </main>
    </div>
  );
}

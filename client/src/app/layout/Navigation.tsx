import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useViewer } from '@/lib/auth/viewer';
import { can } from '@/lib/authorization';

interface Item {
  to: string;
  label: string;
  exact?: boolean;
}

/** The sections this user may use; administration only for those who may administer. */
export function Navigation() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { pathname } = useLocation();
  const isActive = (item: Item) =>
    item.exact ? pathname === item.to : pathname === item.to || pathname.startsWith(`${item.to}/`);

  const main: Item[] = [
    { to: '/', label: t('nav.dashboard'), exact: true },
    { to: '/needs', label: t('nav.needs') },
    { to: '/solutions', label: t('nav.solutions') },
    { to: '/matches', label: t('matches.nav') },
  ];
  const admin: Item[] = [
    { to: '/admin/users', label: t('nav.users') },
    { to: '/admin/ministries', label: t('nav.ministries') },
    { to: '/admin/organizations', label: t('nav.organizations') },
  ];
  const link = (item: Item) => (
    <NavLink
      key={item.to}
      component={Link}
      to={item.to}
      label={item.label}
      active={isActive(item)}
      aria-current={isActive(item) ? 'page' : undefined}
      variant="filled"
    />
  );

  return (
    <Stack gap={4}>
      {main.map(link)}
      {can(viewer, 'user:create') && (
        <NavLink
          component="button"
          type="button"
          label={t('nav.administration')}
          defaultOpened={pathname.startsWith('/admin')}
          childrenOffset="md"
        >
          {admin.map(link)}
        </NavLink>
      )}
    </Stack>
  );
}

import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/PageHeader';
import { Section } from '@/components/Section';
import { UserForm } from '../../components/UserForm';

/** Accounts: the server offers creation only for now (no list of users yet). */
export function UsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.users.documentTitle'));
  return (
    <>
      <PageHeader title={t('admin.users.title')} description={t('admin.users.intro')} />
      <Section id="new-user" title={t('admin.users.add')} gap="md">
        <UserForm />
      </Section>
    </>
  );
}

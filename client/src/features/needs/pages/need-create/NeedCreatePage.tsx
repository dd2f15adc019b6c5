import { Anchor } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { NotFound } from '@/components/NotFound';
import { PageHeader } from '@/components/PageHeader';
import { useViewer } from '@/lib/auth/viewer';
import { can } from '@/lib/authorization';
import { NeedForm } from '../../components/need-form/NeedForm';
import { emptyNeed } from '../../components/need-form/needFormModel';
import { useCreateNeedForm, useNeedFormOptions } from '../../hooks/useNeedForm';

export function NeedCreatePage() {
  const viewer = useViewer();
  return can(viewer, 'need:create') ? <CreateNeed /> : <NotFound />;
}

function CreateNeed() {
  const { t } = useTranslation();
  useDocumentTitle(t('needs.create.documentTitle'));
  const viewer = useViewer();
  const navigate = useNavigate();
  const options = useNeedFormOptions(viewer);
  const { form, formRef, submit, saving, generalErrors } = useCreateNeedForm(
    emptyNeed(viewer.role === 'MINISTRY_STAFF' ? (viewer.ministry?.id ?? '') : ''),
  );
  return (
    <>
      <PageHeader
        eyebrow={
          <Anchor component={Link} to="/needs" size="sm">
            {t('needs.detail.back')}
          </Anchor>
        }
        title={t('needs.create.title')}
        description={t('needs.create.intro')}
      />
      <NeedForm
        form={form}
        formRef={formRef}
        mode="create"
        options={options}
        saving={saving}
        generalErrors={generalErrors}
        onSubmit={(values) => void submit(values)}
        onCancel={() => void navigate('/needs')}
      />
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormPage } from '@/components/forms/FormPage';
import { NotFound } from '@/components/NotFound';
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
  const viewer = useViewer();
  const navigate = useNavigate();
  const options = useNeedFormOptions(viewer);
  const form = useCreateNeedForm(
    emptyNeed(viewer.role === 'MINISTRY_STAFF' ? (viewer.ministry?.id ?? '') : ''),
  );
  return (
    <FormPage
      documentTitle={t('needs.create.documentTitle')}
      back={{ to: '/needs', label: t('needs.detail.back') }}
      title={t('needs.create.title')}
      description={t('needs.create.intro')}
    >
      <NeedForm
        {...form}
        mode="create"
        options={options}
        onCancel={() => void navigate('/needs')}
      />
    </FormPage>
  );
}

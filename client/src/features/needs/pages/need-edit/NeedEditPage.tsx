import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { editFormProps } from '@/components/forms/editFormProps';
import { FormPage } from '@/components/forms/FormPage';
import { NotFound } from '@/components/NotFound';
import { RecordGate } from '@/components/RecordGate';
import type { NeedDetailFragment } from '@/generated/graphql';
import { useViewer } from '@/lib/auth/viewer';
import { canUpdateNeed } from '@/lib/authorization';
import { NeedForm } from '../../components/need-form/NeedForm';
import { useEditNeedForm, useNeedFormOptions } from '../../hooks/useNeedForm';
import { useNeed } from '../../hooks/useNeeds';

export function NeedEditPage() {
  const { needId = '' } = useParams();
  const viewer = useViewer();
  const { need, error, loading, refetch } = useNeed(needId);
  return (
    <RecordGate record={need} loading={loading} error={error} onRetry={() => void refetch()}>
      {(need) =>
        // Keyed by id: the form starts from the version opened, and keeps it while others save.
        canUpdateNeed(viewer, need) ? <EditNeed key={need.id} need={need} /> : <NotFound />
      }
    </RecordGate>
  );
}

function EditNeed({ need }: { need: NeedDetailFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useNeedFormOptions(useViewer());
  const editor = useEditNeedForm(need);
  return (
    <FormPage
      documentTitle={t('needs.edit.documentTitle', { title: need.title })}
      back={{ to: `/needs/${need.id}`, label: t('needs.edit.back') }}
      title={t('needs.edit.title')}
      description={need.title}
    >
      <NeedForm
        {...editFormProps(editor, t('needs.conflict'))}
        mode="edit"
        options={options}
        onCancel={() => void navigate(`/needs/${need.id}`)}
      />
    </FormPage>
  );
}

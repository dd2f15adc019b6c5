import { Anchor } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { LazyVersionConflict } from '@/components/forms/LazyVersionConflict';
import { NotFound } from '@/components/NotFound';
import { PageHeader } from '@/components/PageHeader';
import { PageLoader } from '@/components/PageLoader';
import { QueryError } from '@/components/QueryError';
import type { NeedDetailFragment } from '@/generated/graphql';
import { useViewer } from '@/lib/auth/viewer';
import { canUpdateNeed } from '@/lib/authorization';
import { isNotFound } from '@/lib/errors';
import { NeedForm } from '../../components/need-form/NeedForm';
import { useEditNeedForm, useNeedFormOptions } from '../../hooks/useNeedForm';
import { useNeed } from '../../hooks/useNeeds';

export function NeedEditPage() {
  const { needId = '' } = useParams();
  const viewer = useViewer();
  const { need, error, loading, refetch } = useNeed(needId);
  if (loading) return <PageLoader />;
  if (!need && (isNotFound(error) || !error)) return <NotFound />;
  if (!need) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!canUpdateNeed(viewer, need)) return <NotFound />;
  // Keyed by id: the form starts from the version opened, and keeps it while others save.
  return <EditNeed key={need.id} need={need} />;
}

function EditNeed({ need }: { need: NeedDetailFragment }) {
  const { t } = useTranslation();
  useDocumentTitle(t('needs.edit.documentTitle', { title: need.title }));
  const viewer = useViewer();
  const navigate = useNavigate();
  const options = useNeedFormOptions(viewer);
  const editor = useEditNeedForm(need);

  return (
    <>
      <PageHeader
        eyebrow={
          <Anchor component={Link} to={`/needs/${need.id}`} size="sm">
            {t('needs.edit.back')}
          </Anchor>
        }
        title={t('needs.edit.title')}
        description={need.title}
      />
      <NeedForm
        form={editor.form}
        formRef={editor.formRef}
        mode="edit"
        options={options}
        saving={editor.saving}
        generalErrors={editor.generalErrors}
        conflict={
          editor.conflict && (
            <LazyVersionConflict
              title={t('needs.conflict')}
              rows={editor.conflict.rows}
              saving={editor.saving}
              onKeepMine={() => void editor.conflict?.keepMine()}
              onReload={() => editor.conflict?.reload()}
            />
          )
        }
        onSubmit={(values) => void editor.submit(values)}
        onCancel={() => void navigate(`/needs/${need.id}`)}
      />
    </>
  );
}

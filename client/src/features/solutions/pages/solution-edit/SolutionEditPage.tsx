import { Anchor } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { LazyVersionConflict } from '@/components/forms/LazyVersionConflict';
import { NotFound } from '@/components/NotFound';
import { PageHeader } from '@/components/PageHeader';
import { PageLoader } from '@/components/PageLoader';
import { QueryError } from '@/components/QueryError';
import type { SolutionDetailFragment } from '@/generated/graphql';
import { useViewer } from '@/lib/auth/viewer';
import { canManageSolutionOf } from '@/lib/authorization';
import { isNotFound } from '@/lib/errors';
import { SolutionForm } from '../../components/solution-form/SolutionForm';
import { useEditSolutionForm, useSolutionFormOptions } from '../../hooks/useSolutionForm';
import { useSolution } from '../../hooks/useSolutions';

export function SolutionEditPage() {
  const { solutionId = '' } = useParams();
  const viewer = useViewer();
  const { solution, error, loading, refetch } = useSolution(solutionId);
  if (loading) return <PageLoader />;
  if (!solution && (isNotFound(error) || !error)) return <NotFound />;
  if (!solution) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!canManageSolutionOf(viewer, solution.provider.id)) return <NotFound />;
  return <EditSolution key={solution.id} solution={solution} />;
}

function EditSolution({ solution }: { solution: SolutionDetailFragment }) {
  const { t } = useTranslation();
  useDocumentTitle(t('solutions.edit.documentTitle', { title: solution.title }));
  const viewer = useViewer();
  const navigate = useNavigate();
  const options = useSolutionFormOptions(viewer);
  const editor = useEditSolutionForm(solution);
  return (
    <>
      <PageHeader
        eyebrow={
          <Anchor component={Link} to={`/solutions/${solution.id}`} size="sm">
            {t('solutions.edit.back')}
          </Anchor>
        }
        title={t('solutions.edit.title')}
        description={solution.title}
      />
      <SolutionForm
        form={editor.form}
        formRef={editor.formRef}
        mode="edit"
        options={options}
        saving={editor.saving}
        generalErrors={editor.generalErrors}
        conflict={
          editor.conflict && (
            <LazyVersionConflict
              title={t('solutions.conflict')}
              rows={editor.conflict.rows}
              saving={editor.saving}
              onKeepMine={() => void editor.conflict?.keepMine()}
              onReload={() => editor.conflict?.reload()}
            />
          )
        }
        onSubmit={(values) => void editor.submit(values)}
        onCancel={() => void navigate(`/solutions/${solution.id}`)}
      />
    </>
  );
}

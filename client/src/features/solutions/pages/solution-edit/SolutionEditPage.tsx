import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { editFormProps } from '@/components/forms/editFormProps';
import { FormPage } from '@/components/forms/FormPage';
import { NotFound } from '@/components/NotFound';
import { RecordGate } from '@/components/RecordGate';
import type { SolutionDetailFragment } from '@/generated/graphql';
import { useViewer } from '@/lib/auth/viewer';
import { canManageSolutionOf } from '@/lib/authorization';
import { SolutionForm } from '../../components/solution-form/SolutionForm';
import { useEditSolutionForm, useSolutionFormOptions } from '../../hooks/useSolutionForm';
import { useSolution } from '../../hooks/useSolutions';

export function SolutionEditPage() {
  const { solutionId = '' } = useParams();
  const viewer = useViewer();
  const { solution, error, loading, refetch } = useSolution(solutionId);
  return (
    <RecordGate record={solution} loading={loading} error={error} onRetry={() => void refetch()}>
      {(solution) =>
        canManageSolutionOf(viewer, solution.provider.id) ? (
          <EditSolution key={solution.id} solution={solution} />
        ) : (
          <NotFound />
        )
      }
    </RecordGate>
  );
}

function EditSolution({ solution }: { solution: SolutionDetailFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useSolutionFormOptions(useViewer());
  const editor = useEditSolutionForm(solution);
  return (
    <FormPage
      documentTitle={t('solutions.edit.documentTitle', { title: solution.title })}
      back={{ to: `/solutions/${solution.id}`, label: t('solutions.edit.back') }}
      title={t('solutions.edit.title')}
      description={solution.title}
    >
      <SolutionForm
        {...editFormProps(editor, t('solutions.conflict'))}
        mode="edit"
        options={options}
        onCancel={() => void navigate(`/solutions/${solution.id}`)}
      />
    </FormPage>
  );
}

import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormPage } from '@/components/forms/FormPage';
import { NotFound } from '@/components/NotFound';
import { useViewer } from '@/lib/auth/viewer';
import { can, isWorkingGroup } from '@/lib/authorization';
import { SolutionForm } from '../../components/solution-form/SolutionForm';
import { emptySolution } from '../../components/solution-form/solutionFormModel';
import { useCreateSolutionForm, useSolutionFormOptions } from '../../hooks/useSolutionForm';

export function SolutionCreatePage() {
  const viewer = useViewer();
  return can(viewer, 'solution:create') ? <CreateSolution /> : <NotFound />;
}

function CreateSolution() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const navigate = useNavigate();
  const options = useSolutionFormOptions(viewer);
  const workingGroup = isWorkingGroup(viewer);
  const form = useCreateSolutionForm(
    emptySolution(workingGroup ? '' : (viewer.organization?.id ?? '')),
    workingGroup,
  );
  return (
    <FormPage
      documentTitle={t('solutions.create.documentTitle')}
      back={{ to: '/solutions', label: t('solutions.detail.back') }}
      title={t('solutions.create.title')}
      description={t('solutions.create.intro')}
    >
      <SolutionForm
        {...form}
        mode="create"
        options={options}
        onCancel={() => void navigate('/solutions')}
      />
    </FormPage>
  );
}

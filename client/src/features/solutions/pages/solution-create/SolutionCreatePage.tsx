import { Anchor } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { NotFound } from '@/components/NotFound';
import { PageHeader } from '@/components/PageHeader';
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
  useDocumentTitle(t('solutions.create.documentTitle'));
  const viewer = useViewer();
  const navigate = useNavigate();
  const options = useSolutionFormOptions(viewer);
  const workingGroup = isWorkingGroup(viewer);
  const { form, formRef, submit, saving, generalErrors } = useCreateSolutionForm(
    emptySolution(workingGroup ? '' : (viewer.organization?.id ?? '')),
    workingGroup,
  );
  return (
    <>
      <PageHeader
        eyebrow={
          <Anchor component={Link} to="/solutions" size="sm">
            {t('solutions.detail.back')}
          </Anchor>
        }
        title={t('solutions.create.title')}
        description={t('solutions.create.intro')}
      />
      <SolutionForm
        form={form}
        formRef={formRef}
        mode="create"
        options={options}
        saving={saving}
        generalErrors={generalErrors}
        onSubmit={(values) => void submit(values)}
        onCancel={() => void navigate('/solutions')}
      />
    </>
  );
}

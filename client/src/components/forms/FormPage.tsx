import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { BackLink, PageHeader } from '../PageHeader';

interface Props {
  documentTitle: string;
  /** Where cancel also leads: the list, or the record's page. */
  back: { to: string; label: string };
  title: string;
  description: string;
  /** The form. */
  children: ReactNode;
}

/** A page that creates or edits one record. */
export function FormPage({ documentTitle, back, title, description, children }: Props) {
  useDocumentTitle(documentTitle);
  return (
    <>
      <PageHeader eyebrow={<BackLink {...back} />} title={title} description={description} />
      {children}
    </>
  );
}

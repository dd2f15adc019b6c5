import { useMutation } from '@apollo/client/react';
import {
  CreateMinistryDocument,
  CreateOrganizationDocument,
  CreateUserDocument,
  MinistriesDocument,
  OrganizationsDocument,
} from '@/generated/graphql';

export function useCreateUser() {
  return useMutation(CreateUserDocument);
}

export function useCreateMinistry() {
  return useMutation(CreateMinistryDocument, { refetchQueries: [MinistriesDocument] });
}

export function useCreateOrganization() {
  return useMutation(CreateOrganizationDocument, { refetchQueries: [OrganizationsDocument] });
}

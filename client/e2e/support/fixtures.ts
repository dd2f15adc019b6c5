import { api } from './browser';

interface Page<T> {
  edges: { node: T }[];
}

/** A need of the staff account's own ministry (editable by it). */
export async function ownNeedId(): Promise<string> {
  const { me } = await api<{ me: { ministry: { id: string } } }>(
    'MINISTRY_STAFF',
    '{ me { ministry { id } } }',
  );
  const { needs } = await api<{ needs: Page<{ id: string }> }>(
    'MINISTRY_STAFF',
    'query($m: ID) { needs(first: 1, filter: { ministryId: $m, statuses: [OPEN] }) { edges { node { id } } } }',
    { m: me.ministry.id },
  );
  return needs.edges[0].node.id;
}

/** A solution of the provider account's own organisation. */
export async function ownSolutionId(): Promise<string> {
  const { me } = await api<{ me: { organization: { id: string } } }>(
    'SOLUTION_PROVIDER',
    '{ me { organization { id } } }',
  );
  const { solutions } = await api<{ solutions: Page<{ id: string }> }>(
    'SOLUTION_PROVIDER',
    'query($p: ID) { solutions(first: 1, filter: { providerId: $p }) { edges { node { id } } } }',
    { p: me.organization.id },
  );
  return solutions.edges[0].node.id;
}

/** An INTERNAL need: ministries and the working group see it, providers must not. */
export async function internalNeedId(): Promise<string> {
  const { needs } = await api<{ needs: Page<{ id: string; visibility: string; status: string }> }>(
    'ADMIN',
    '{ needs(first: 100) { edges { node { id visibility status } } } }',
  );
  const found = needs.edges.find(
    (e) => e.node.visibility === 'INTERNAL' && e.node.status !== 'DRAFT',
  );
  if (!found) throw new Error('The demo data has no internal need');
  return found.node.id;
}

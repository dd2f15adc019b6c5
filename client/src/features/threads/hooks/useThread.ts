import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useMemo } from 'react';
import {
  CommentAddedDocument,
  DeleteCommentDocument,
  EditCommentDocument,
  MatchThreadDocument,
  NeedThreadDocument,
  PostCommentDocument,
  SolutionThreadDocument,
  ThreadCommentFragmentDoc,
  type SubjectType,
  type ThreadCommentFragment,
  type ThreadPersonFragment,
} from '@/generated/lazy';
import type { MentionCandidate } from '../mentions';

export interface ThreadSubject {
  type: SubjectType;
  id: string;
}

interface CachedPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: readonly { cursor: string; node: Reference }[];
}

/**
 * Puts a comment at the end of its thread in the cache (posted here, or
 * heard live), once. A thread whose later pages are not loaded yet gets it
 * with them instead.
 */
export function appendComment(cache: ApolloCache, comment: ThreadCommentFragment): void {
  const ref = cache.writeFragment({
    fragment: ThreadCommentFragmentDoc,
    fragmentName: 'ThreadComment',
    data: comment,
  });
  if (!ref) return;
  cache.modify<{ comments: CachedPage }>({
    id: cache.identify({ __typename: 'Thread', id: comment.threadId }),
    fields: {
      comments(existing, { readField }) {
        const page = existing as CachedPage | undefined;
        if (!page || page.pageInfo.hasNextPage) return existing;
        if (page.edges.some((e) => readField('id', e.node) === comment.id)) return existing;
        return {
          ...page,
          totalCount: page.totalCount + 1,
          edges: [...page.edges, { __typename: 'CommentEdge', cursor: '', node: ref }],
        } as never;
      },
    },
  });
}

const people = (...list: (ThreadPersonFragment | null | undefined)[]): ThreadPersonFragment[] =>
  list.filter((p): p is ThreadPersonFragment => Boolean(p));

/**
 * A need's, solution's or match's thread with its comments, kept live
 * (commentAdded), and the people who may be mentioned in it: those its
 * subject names and those who wrote in it.
 */
export function useThread(subject: ThreadSubject, participants: readonly MentionCandidate[] = []) {
  const options = (type: SubjectType) => ({
    variables: { id: subject.id },
    skip: subject.type !== type,
    fetchPolicy: 'cache-and-network' as const,
  });
  const need = useQuery(NeedThreadDocument, options('NEED'));
  const solution = useQuery(SolutionThreadDocument, options('SOLUTION'));
  const match = useQuery(MatchThreadDocument, options('MATCH'));
  const current = subject.type === 'NEED' ? need : subject.type === 'SOLUTION' ? solution : match;

  const thread =
    need.data?.need?.thread ?? solution.data?.solution?.thread ?? match.data?.match?.thread ?? null;
  const threadId = thread?.id ?? null;
  const named = useMemo(() => {
    if (subject.type === 'NEED') return people(need.data?.need?.createdBy);
    if (subject.type === 'SOLUTION') return people(solution.data?.solution?.createdBy);
    return people(match.data?.match?.proposedBy);
  }, [subject.type, need.data, solution.data, match.data]);

  const comments = useMemo(() => thread?.comments.edges.map((e) => e.node) ?? [], [thread]);
  const candidates = useMemo<MentionCandidate[]>(
    () => [...participants, ...named, ...comments.map((c) => c.author)],
    [participants, named, comments],
  );

  useSubscription(CommentAddedDocument, {
    variables: { threadId: threadId ?? '' },
    skip: !threadId,
    onData: ({ client, data }) => {
      if (data.data?.commentAdded) appendComment(client.cache, data.data.commentAdded);
    },
  });

  const loadMore = () =>
    thread?.comments.pageInfo.endCursor
      ? current.fetchMore({ variables: { after: thread.comments.pageInfo.endCursor } })
      : undefined;

  return {
    thread,
    comments,
    candidates,
    loading: current.loading && !current.data,
    error: current.error,
    refetch: () => void current.refetch(),
    loadMore,
  };
}

export function useCommentMutations() {
  const [post, posting] = useMutation(PostCommentDocument, {
    update: (cache, { data }) => {
      if (data?.postComment) appendComment(cache, data.postComment);
    },
  });
  const [edit, editing] = useMutation(EditCommentDocument);
  const [remove, removing] = useMutation(DeleteCommentDocument);
  return { post, posting, edit, editing, remove, removing };
}

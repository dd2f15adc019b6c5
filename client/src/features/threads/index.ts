/**
 * What other features use of threads: the <Thread> section (props documented
 * in components/Thread.tsx). Its implementation is a lazy chunk.
 */
export { Thread, type ThreadProps } from './components/Thread';
export type { MentionCandidate } from './mentions';

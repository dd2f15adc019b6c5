import type { Option } from '@/hooks/useReferenceData';

/** A native select's options with a first, empty choice ("—", "Any country"). */
export const withEmpty = (label: string, options: readonly Option[]): Option[] => [
  { value: '', label },
  ...options,
];

import { Anchor, Code, Typography } from '@mantine/core';
import { renderMarkdown, type MarkdownParts } from '../markdown';

export { safeUrl } from '../markdown';

const parts: MarkdownParts = {
  // A comment's links open beside the app and tell the other site nothing about it.
  link: (href, children, key) => (
    <Anchor key={key} href={href} target="_blank" rel="noopener noreferrer nofollow ugc">
      {children}
    </Anchor>
  ),
  code: (text, key) => <Code key={key}>{text}</Code>,
};

/** A comment's Markdown, safely (see ../markdown.tsx), in the app's typography. */
export function CommentBody({ markdown }: { markdown: string }) {
  return (
    <Typography fz="sm" style={{ overflowWrap: 'anywhere' }}>
      {renderMarkdown(markdown, parts)}
    </Typography>
  );
}

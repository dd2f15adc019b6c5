import { Fragment, type ReactNode } from 'react';

/**
 * The Markdown people write in comments, turned straight into React
 * elements: paragraphs (a line break stays one), **bold**, _italic_,
 * ~~struck~~, `code`, fenced code, lists (nested, numbered, tasks), quotes,
 * headings (as bold lines, so that the page keeps its outline), rules,
 * [links](https://…), <https://autolinks> and bare URLs.
 *
 * Why not a library: react-markdown (about 60 KB gzipped) or marked (13 KB)
 * would push the page that shows a thread over the 250 KB first-load
 * budget. Safety comes from the approach, not from a sanitiser: no string
 * ever becomes HTML (no dangerouslySetInnerHTML), so `<script>` or
 * `<img onerror>` in a comment is text; and `safeUrl` keeps links to the
 * web, e-mail and this app only.
 */

export interface MarkdownParts {
  link(href: string, children: ReactNode, key: number): ReactNode;
  code(text: string, key: number): ReactNode;
}

/**
 * Where a link in a comment may lead: the web (http, https), e-mail, or a
 * page of this app. Anything else (javascript:, data:, vbscript:, //other)
 * gives ''.
 */
export function safeUrl(url: string): string {
  // Browsers ignore control characters and spaces in a scheme: "java\tscript:" is javascript:.
  // eslint-disable-next-line no-control-regex
  const href = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href);
  if (!scheme) return href.startsWith('//') || href.startsWith('\\') ? '' : url.trim();
  return ['http', 'https', 'mailto'].includes(scheme[1].toLowerCase()) ? url.trim() : '';
}

// ---- inline -----------------------------------------------------------------

/** The character references people type; anything else stays as written. */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};
const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name]);

// Leftmost match wins; at the same place, the earlier alternative.
const INLINE = new RegExp(
  [
    String.raw`\\(?<escaped>[!-/:-@[-\x60{-~])`,
    String.raw`(?<ticks>\x60+)(?<code>[\s\S]+?)\k<ticks>(?!\x60)`,
    String.raw`<(?<autolink>(?:https?://|mailto:)[^\s<>]+)>`,
    String.raw`(?<image>!)?\[(?<label>(?:\\.|[^\]\\])*)\]\(\s*<?(?<href>[^\s<>()]*(?:\([^\s<>()]*\)[^\s<>()]*)*)>?(?:\s+"[^"]*")?\s*\)`,
    String.raw`\*\*(?<strong>(?=\S)[\s\S]*?\S)\*\*`,
    String.raw`(?<![\p{L}\p{N}_])__(?<strong2>(?=\S)[\s\S]*?\S)__(?![\p{L}\p{N}_])`,
    String.raw`~~(?<del>(?=\S)[\s\S]*?\S)~~`,
    String.raw`\*(?<em>(?=[^\s*])[\s\S]*?[^\s*])\*(?!\*)`,
    String.raw`(?<![\p{L}\p{N}_])_(?<em2>(?=[^\s_])[\s\S]*?[^\s_])_(?![\p{L}\p{N}_])`,
    String.raw`(?<url>(?<![\p{L}\p{N}/])https?://[^\s<>]*[^\s<>.,:;!?"')\]*_~])`,
  ].join('|'),
  'gu',
);

/** A line's text with its emphasis, code and links; line breaks inside become <br>. */
export function renderInline(text: string, parts: MarkdownParts): ReactNode[] {
  const out: ReactNode[] = [];
  let key = 0;
  const plain = (s: string) => {
    s.split('\n').forEach((line, i) => {
      if (i > 0) out.push(<br key={key++} />);
      if (line) out.push(decode(line));
    });
  };
  let last = 0;
  // matchAll works on its own copy of the pattern: the recursion below cannot reset it.
  for (const m of text.matchAll(INLINE)) {
    const g = m.groups ?? {};
    plain(text.slice(last, m.index));
    last = m.index + m[0].length;
    const inner = (s: string) => renderInline(s, parts);
    if (g.escaped !== undefined) out.push(g.escaped);
    else if (g.code !== undefined) out.push(parts.code(g.code.replace(/\n/g, ' '), key++));
    else if (g.autolink !== undefined || g.url !== undefined) {
      const href = g.autolink ?? g.url;
      out.push(safeUrl(href) ? parts.link(href, href, key++) : href);
    } else if (g.label !== undefined) {
      const href = safeUrl(g.href);
      // An image is not fetched (a tracker, or a heavy download on a slow link): a link to it.
      const label = g.image ? g.label || g.href : inner(g.label);
      out.push(href ? parts.link(href, label, key++) : label);
    } else if (g.strong !== undefined || g.strong2 !== undefined)
      out.push(<strong key={key++}>{inner(g.strong ?? g.strong2)}</strong>);
    else if (g.del !== undefined) out.push(<del key={key++}>{inner(g.del)}</del>);
    else if (g.em !== undefined || g.em2 !== undefined)
      out.push(<em key={key++}>{inner(g.em ?? g.em2)}</em>);
  }
  plain(text.slice(last));
  return out;
}

// ---- blocks -----------------------------------------------------------------

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const RULE = /^ {0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const QUOTE = /^ {0,3}> ?/;
const ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const TASK = /^\[([ xX])\]\s+/;

const indentOf = (line: string) => /^ */.exec(line)![0].length;
const startsBlock = (line: string) =>
  FENCE.test(line) || HEADING.test(line) || RULE.test(line) || QUOTE.test(line) || ITEM.test(line);

function renderBlocks(lines: string[], parts: MarkdownParts): ReactNode[] {
  const out: ReactNode[] = [];
  let i = 0;
  let key = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i].trim().startsWith(fence[1]); i++) body.push(lines[i]);
      i++;
      out.push(
        <pre key={key++}>
          <code>{body.join('\n')}</code>
        </pre>,
      );
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      out.push(
        <p key={key++}>
          <strong>{renderInline(heading[1] ?? '', parts)}</strong>
        </p>,
      );
      i++;
      continue;
    }
    if (RULE.test(line)) {
      out.push(<hr key={key++} />);
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      const body: string[] = [];
      for (; i < lines.length && lines[i].trim() !== ''; i++)
        body.push(lines[i].replace(QUOTE, ''));
      out.push(<blockquote key={key++}>{renderBlocks(body, parts)}</blockquote>);
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      const ordered = /\d/.test(item[2]);
      const base = item[1].length;
      const items: string[][] = [];
      while (i < lines.length) {
        const current = ITEM.exec(lines[i]);
        if (current && current[1].length === base && /\d/.test(current[2]) === ordered) {
          const width = base + current[2].length + 1;
          const first = current[3] ?? '';
          items.push([first]);
          i++;
          // The item goes on while lines are indented under it, or run on without a blank line.
          while (i < lines.length) {
            const next = lines[i];
            if (next.trim() === '') {
              const after = lines[i + 1];
              if (after !== undefined && after.trim() !== '' && indentOf(after) >= width) {
                items[items.length - 1].push('');
                i++;
                continue;
              }
              break;
            }
            if (indentOf(next) >= width) items[items.length - 1].push(next.slice(width));
            else if (indentOf(next) > base && ITEM.test(next))
              items[items.length - 1].push(next.trimStart());
            else if (!startsBlock(next)) items[items.length - 1].push(next.trim());
            else break;
            i++;
          }
          continue;
        }
        break;
      }
      const start = ordered ? parseInt(item[2], 10) : 1;
      const children = items.map((body, n) => {
        const task = TASK.exec(body[0]);
        if (task) body[0] = body[0].slice(task[0].length);
        // A one-paragraph item shows without a paragraph's margins.
        const single = !body.includes('') && !body.slice(1).some(startsBlock);
        return (
          <li key={n}>
            {task && <span aria-hidden>{task[1] === ' ' ? '☐ ' : '☑ '}</span>}
            {single && !startsBlock(body[0])
              ? renderInline(body.join('\n'), parts)
              : renderBlocks(body, parts)}
          </li>
        );
      });
      out.push(
        ordered ? (
          <ol key={key++} start={start === 1 ? undefined : start}>
            {children}
          </ol>
        ) : (
          <ul key={key++}>{children}</ul>
        ),
      );
      continue;
    }
    const paragraph: string[] = [];
    for (; i < lines.length && lines[i].trim() !== ''; i++) {
      if (paragraph.length > 0 && startsBlock(lines[i]) && !/^ {0,3}\d/.test(lines[i])) break;
      paragraph.push(lines[i].trim());
    }
    out.push(<p key={key++}>{renderInline(paragraph.join('\n'), parts)}</p>);
  }
  return out;
}

/** A comment's Markdown as React elements (see the top of this file). */
export function renderMarkdown(markdown: string, parts: MarkdownParts): ReactNode {
  const blocks = renderBlocks(
    markdown.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n'),
    parts,
  );
  return blocks.map((b, i) => <Fragment key={i}>{b}</Fragment>);
}

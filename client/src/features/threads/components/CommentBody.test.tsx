import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import { CommentBody, safeUrl } from './CommentBody';

const render = (markdown: string) => renderWithProviders(<CommentBody markdown={markdown} />);

describe('a comment’s Markdown', { timeout: 20_000 }, () => {
  it('renders emphasis, lists, code, quotes and rules', () => {
    const { container } = render(
      '**bold**, __also__, _italic_, *too* and ~~gone~~ in snake_case_name\n\n- one\n- two\n  - nested\n\n3. third\n4. fourth\n\n- [x] done\n- [ ] to do\n\n`code` and\n\n```\nblock\n  indented\n```\n\n> quoted\n\n---',
    );
    expect([...container.querySelectorAll('strong')].map((e) => e.textContent)).toEqual([
      'bold',
      'also',
    ]);
    expect([...container.querySelectorAll('em')].map((e) => e.textContent)).toEqual([
      'italic',
      'too',
    ]);
    expect(container.querySelector('del')).toHaveTextContent('gone');
    expect(container).toHaveTextContent('snake_case_name');
    const lists = container.querySelectorAll('ul, ol');
    expect(lists[0].tagName).toBe('UL');
    expect(lists[0].querySelector('li ul li')).toHaveTextContent('nested');
    expect(container.querySelector('ol')).toHaveAttribute('start', '3');
    expect(container.querySelectorAll('ol > li')).toHaveLength(2);
    expect(container).toHaveTextContent('☑ done');
    expect(container.querySelector('p code')).toHaveTextContent('code');
    expect(container.querySelector('pre')?.textContent).toBe('block\n  indented');
    expect(container.querySelector('blockquote')).toHaveTextContent('quoted');
    expect(container.querySelector('hr')).not.toBeNull();
  });

  it('shows HTML as text: no script, no element with an event handler', () => {
    const { container } = render(
      'Hi <script>window.pwned = true</script> and <img src=x onerror="window.pwned = true"> <b>bold?</b>',
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    expect(container).toHaveTextContent('<script>window.pwned = true</script>');
    expect(container).toHaveTextContent('<img src=x onerror="window.pwned = true">');
    expect((window as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('keeps links to the web safe and drops javascript: and data: links', () => {
    render(
      '[site](https://example.org) [bad](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [page](/needs/1) <https://auto.example.org>',
    );
    const site = screen.getByRole('link', { name: 'site' });
    expect(site).toHaveAttribute('href', 'https://example.org');
    expect(site).toHaveAttribute('rel', 'noopener noreferrer nofollow ugc');
    expect(site).toHaveAttribute('target', '_blank');
    expect(screen.getByRole('link', { name: 'page' })).toHaveAttribute('href', '/needs/1');
    expect(screen.getByRole('link', { name: 'https://auto.example.org' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'bad' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'data' })).toBeNull();
    expect(document.querySelector('a[href^="javascript"], a[href^="data"]')).toBeNull();
  });

  it('fetches no image: an image is a link to it', () => {
    const { container } = render('![a chart](https://example.org/chart.png)');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('link', { name: 'a chart' })).toHaveAttribute(
      'href',
      'https://example.org/chart.png',
    );
  });

  it('shows text as written: special characters, code with markup in it, line breaks', () => {
    const { container } = render(
      'a < b & "c" &amp; d\nnext line `<b>x</b>`\n\n```\n<script>1</script>\n```',
    );
    expect(container.querySelector('p')).toHaveTextContent('a < b & "c" & d');
    expect(container.querySelector('br')).not.toBeNull();
    expect(container.querySelector('b, script')).toBeNull();
    expect(container).toHaveTextContent('<b>x</b>');
    expect(container.querySelector('pre')).toHaveTextContent('<script>1</script>');
  });

  it('turns headings into bold lines, so that the page keeps its outline', () => {
    const { container } = render('# Big title\n\ntext');
    expect(container.querySelector('h1, h2, h3, h4, h5, h6')).toBeNull();
    expect(screen.getByText('Big title')).toBeInTheDocument();
  });
});

describe('safeUrl', () => {
  it('keeps http(s), mailto and relative links, and drops every other protocol', () => {
    expect(safeUrl('https://a.example')).toBe('https://a.example');
    expect(safeUrl('mailto:ana@example.org')).toBe('mailto:ana@example.org');
    expect(safeUrl('/needs/1#comment-2')).toBe('/needs/1#comment-2');
    expect(safeUrl('javascript:alert(1)')).toBe('');
    expect(safeUrl(' JaVaScRiPt:alert(1)')).toBe('');
    expect(safeUrl('vbscript:x')).toBe('');
    expect(safeUrl('data:text/html,x')).toBe('');
    expect(safeUrl('xmpp:ana@example.org')).toBe('');
    expect(safeUrl('java\tscript:alert(1)')).toBe('');
    expect(safeUrl('//evil.example/x')).toBe('');
  });
});

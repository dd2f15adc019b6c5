import type { MockLink } from '@apollo/client/testing';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MentionablePeopleDocument } from '@/generated/lazy';
import { renderWithProviders } from '@/test/render';
import { MentionTextarea } from './MentionTextarea';

const candidates = [
  { id: 'u1', displayName: 'Ana Diallo' },
  { id: 'u2', displayName: 'Amadou Ba' },
  { id: 'u3', displayName: 'Marc' },
];

function Harness({ onValue, threadId }: { onValue?: (v: string) => void; threadId?: string }) {
  const [value, setValue] = useState('');
  return (
    <MentionTextarea
      label="Your comment"
      value={value}
      onChange={(v) => {
        setValue(v);
        onValue?.(v);
      }}
      candidates={candidates}
      threadId={threadId}
      viewerId="u3"
    />
  );
}

describe('mention completion', { timeout: 20_000 }, () => {
  it('offers the people who fit as the user types, and Enter picks one', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />);
    const box = screen.getByLabelText('Your comment');
    await user.type(box, 'Thanks @a');
    const list = screen.getByRole('listbox', { name: 'People to mention' });
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Amadou Ba', 'Ana Diallo']);
    expect(box).toHaveAttribute('aria-controls', list.id);
    expect(box).toHaveAttribute('aria-activedescendant', options[0].id);
    expect(screen.getByRole('status')).toHaveTextContent('2 people to mention');

    await user.type(box, 'n');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Ana Diallo']);
    await user.keyboard('{Enter}');
    expect(box).toHaveValue('Thanks @"Ana Diallo" ');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('moves with the arrows, picks with a click, leaves out the writer', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />);
    const box = screen.getByLabelText('Your comment');
    await user.type(box, '@');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Amadou Ba',
      'Ana Diallo',
    ]);
    await user.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    await user.pointer({ keys: '[MouseLeft>]', target: screen.getAllByRole('option')[0] });
    expect(box).toHaveValue('@"Amadou Ba" ');
  });

  it('closes on Escape and lets Enter make a new line again', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />);
    const box = screen.getByLabelText('Your comment');
    await user.type(box, 'see @am');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.keyboard('{Enter}x');
    expect(box).toHaveValue('see @am\nx');
  });

  it('offers nothing inside an e-mail address', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />);
    await user.type(screen.getByLabelText('Your comment'), 'ana@a');
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});

/** `Thread.mentionable` for thread t1 and one search, answering `people` (and counting the calls). */
function mentionable(search: string, people: { id: string; displayName: string }[]) {
  const calls: string[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query: MentionablePeopleDocument, variables: { threadId: 't1', search } },
    result: () => {
      calls.push(search);
      return {
        data: {
          thread: {
            __typename: 'Thread',
            id: 't1',
            mentionable: people.map((p) => ({ __typename: 'User', ...p })),
          },
        },
      };
    },
  };
  return { mock, calls };
}

const names = () => screen.getAllByRole('option').map((o) => o.textContent);

describe('mention completion with the server', { timeout: 20_000 }, () => {
  it('adds the people the server finds, once typing pauses, to those the page knows', async () => {
    const user = userEvent.setup();
    const server = mentionable('a', [
      { id: 'u9', displayName: 'Aïcha Sow' },
      { id: 'u1', displayName: 'Ana Diallo' },
    ]);
    renderWithProviders(<Harness threadId="t1" />, { mocks: [server.mock] });
    const box = screen.getByLabelText('Your comment');
    await user.type(box, 'Thanks @a');
    // The page's people at once...
    expect(names()).toEqual(['Amadou Ba', 'Ana Diallo']);
    // ...then whom the server found, merged in order, each once.
    await screen.findByRole('option', { name: 'Aïcha Sow' });
    expect(names()).toEqual(['Aïcha Sow', 'Amadou Ba', 'Ana Diallo']);
    expect(screen.getByRole('status')).toHaveTextContent('3 people to mention');
    // One request for the pause, not one per key ('' then 'a').
    expect(server.calls).toEqual(['a']);

    expect(box).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[0].id);
    await user.keyboard('{Enter}');
    expect(box).toHaveValue('Thanks @"Aïcha Sow" ');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('keeps offering the page’s people when the server does not answer', async () => {
    const user = userEvent.setup();
    const asked: string[] = [];
    const failing: MockLink.MockedResponse = {
      request: {
        query: MentionablePeopleDocument,
        variables: (v: Record<string, unknown>) => {
          asked.push(String(v.search));
          return v.search === 'am';
        },
      },
      error: new Error('offline'),
    };
    renderWithProviders(<Harness threadId="t1" />, { mocks: [failing] });
    const box = screen.getByLabelText('Your comment');
    await user.type(box, 'see @am');
    await waitFor(() => expect(asked).toContain('am'));
    // Time for the failed answer to come back: nothing changes.
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(names()).toEqual(['Amadou Ba']);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(box).toHaveValue('see @"Amadou Ba" ');
  });
});

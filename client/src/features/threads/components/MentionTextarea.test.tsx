import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '@/test/render';
import { MentionTextarea } from './MentionTextarea';

const candidates = [
  { id: 'u1', displayName: 'Ana Diallo' },
  { id: 'u2', displayName: 'Amadou Ba' },
  { id: 'u3', displayName: 'Marc' },
];

function Harness({ onValue }: { onValue?: (v: string) => void }) {
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

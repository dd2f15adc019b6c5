import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { VersionConflict } from './VersionConflict';

describe('VersionConflict', () => {
  it('shows their version on demand and offers both ways out', async () => {
    const keepMine = vi.fn();
    const reload = vi.fn();
    renderWithProviders(
      <VersionConflict
        title="This need changed since you opened it"
        rows={[{ field: 'priority', label: 'Priority', theirs: 'Critical', yours: 'Low priority' }]}
        saving={false}
        onKeepMine={keepMine}
        onReload={reload}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This need changed since you opened it');
    expect(alert).toHaveFocus();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show their version' }));
    expect(screen.getByRole('rowheader', { name: 'Priority' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Critical' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Keep my changes' }));
    expect(keepMine).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('button', { name: 'Reload their version' }));
    expect(reload).toHaveBeenCalledOnce();
  });
});

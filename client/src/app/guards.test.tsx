import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { SessionProvider } from '@/lib/auth/session-context';
import { Session } from '@/lib/auth/session';
import { createTokenStore } from '@/lib/auth/token-store';
import { RequireAuth } from './guards';

function Where() {
  const location = useLocation();
  return <p>{location.pathname + location.search}</p>;
}

function renderAt(path: string, session: Session) {
  render(
    <MockedProvider>
      <SessionProvider session={session}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/sign-in" element={<Where />} />
            <Route element={<RequireAuth />}>
              <Route path="*" element={<p>inside</p>} />
            </Route>
          </Routes>
        </MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
}

describe('RequireAuth', () => {
  beforeEach(() => localStorage.clear());

  it('sends a signed-out visitor to sign-in, remembering the page', () => {
    renderAt('/needs?status=OPEN', new Session(createTokenStore(), vi.fn()));
    expect(screen.getByText('/sign-in?next=%2Fneeds%3Fstatus%3DOPEN')).toBeInTheDocument();
  });

  it('says so when the session expired', () => {
    const session = new Session(createTokenStore(), vi.fn());
    session.end('expired');
    renderAt('/solutions', session);
    expect(screen.getByText('/sign-in?next=%2Fsolutions&expired=1')).toBeInTheDocument();
  });

  it('forgets the page after a deliberate sign-out', () => {
    const session = new Session(createTokenStore(), vi.fn());
    session.end('signedOut');
    renderAt('/solutions', session);
    expect(screen.getByText('/sign-in')).toBeInTheDocument();
  });
});

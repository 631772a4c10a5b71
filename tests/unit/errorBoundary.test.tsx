import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { createI18n } from '../../src/i18n/createI18n.ts';
import type { Language } from '../../src/i18n/languages.ts';

/**
 * The app's own error boundary, as the app composes it: a page under it fails to render. The not-found page
 * stands in for any page; it throws while `failing.now` is set.
 */
const failing = vi.hoisted(() => ({ now: true }));
vi.mock('../../src/app/NotFoundPage.tsx', () => ({
  NotFoundPage: () => {
    if (failing.now) throw new Error('render failed');
    return <p>Recovered page</p>;
  },
}));

function renderBrokenPage(language: Language) {
  return render(<App i18n={createI18n(language)} initialRoute={{ page: 'notFound', language }} />);
}

beforeEach(() => {
  failing.now = true;
  // React reports errors its boundary caught; here they are expected.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  window.history.replaceState(null, '', '/en/no-such-page');
});

afterEach(() => vi.restoreAllMocks());

describe("the app's error boundary", () => {
  it.each([
    ['en', 'Something went wrong', 'Try again'],
    ['ko', '문제가 발생했습니다', '다시 시도'],
  ] as const)('in %s, replaces a page that fails to render with a message and a retry that works', async (language, title, retry) => {
    renderBrokenPage(language);
    expect(screen.getByRole('alert')).toHaveTextContent(title);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(title);
    failing.now = false;
    await userEvent.click(screen.getByRole('button', { name: retry }));
    expect(screen.getByText('Recovered page')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the skip link working: it takes keyboard focus to the message', async () => {
    renderBrokenPage('en');
    await userEvent.click(screen.getByRole('link', { name: 'Go to contents' }));
    expect(screen.getByRole('alert')).toHaveFocus();
  });

  it('shows the retry again if the page fails again', async () => {
    renderBrokenPage('en');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
  });

  it('lets the reader leave a broken page with Back: the page navigated to renders', () => {
    renderBrokenPage('en');
    act(() => {
      window.history.pushState(null, '', '/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bilingual Article Reader');
  });
});

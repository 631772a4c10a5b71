import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { ErrorFallback } from '../../src/app/ErrorFallback.tsx';
import { createI18n } from '../../src/i18n/createI18n.ts';

let shouldFail = true;
function Flaky() {
  if (shouldFail) throw new Error('render failed');
  return <p>Recovered article</p>;
}

function Harness({ language }: { language: 'en' | 'ko' }) {
  const [i18n] = useState(() => createI18n(language));
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary FallbackComponent={ErrorFallback}>
        <Flaky />
      </ErrorBoundary>
    </I18nextProvider>
  );
}

describe('the error boundary', () => {
  it.each([
    ['en', 'Something went wrong', 'Try again'],
    ['ko', '문제가 발생했습니다', '다시 시도'],
  ] as const)('in %s, shows a recoverable message that a retry clears', async (language, title, retry) => {
    shouldFail = true;
    // React logs caught render errors; they are expected here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<Harness language={language} />);
    expect(screen.getByRole('alert')).toHaveTextContent(title);
    shouldFail = false;
    await userEvent.click(screen.getByRole('button', { name: retry }));
    expect(screen.getByText('Recovered article')).toBeInTheDocument();
    quiet.mockRestore();
  });
});

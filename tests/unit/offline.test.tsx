import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../src/i18n/createI18n.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { skipWaitingMessage } from '../../src/serviceWorker/messages.ts';
import { notFoundPageUrl } from '../../src/serviceWorker/notFoundPage.ts';
import { answerRequest } from '../../scripts/build/staticHost.ts';

describe('the service worker answers an unknown path offline with the page the host would', () => {
  const paths = ['/ko/no-such-page', '/ko/articles/x/', '/%6Bo/x', '/en/articles/x/', '/', '/kox/', '/%', '/ja/x', '/x/ko/'];
  it.each(paths)('%s', (path) => {
    const host = answerRequest(path, () => false);
    expect(host.kind).toBe('notFound');
    expect(notFoundPageUrl(path)).toBe(`/${host.kind === 'notFound' ? host.file : ''}`);
  });

  it('Korean under /ko/, English elsewhere', () => {
    expect(notFoundPageUrl('/ko/no-such-page')).toBe('/ko/404.html');
    expect(notFoundPageUrl('/en/no-such-page')).toBe('/404.html');
  });
});

/** A browser's service worker container, as much of it as the page uses; `controlled` = an older build runs the page. */
function fakeServiceWorkers(controlled: boolean) {
  const waiting = Object.assign(new EventTarget(), { state: 'installed', postMessage: vi.fn() });
  const registration = Object.assign(new EventTarget(), { waiting, installing: null, update: vi.fn(() => Promise.resolve()) });
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? {} : null,
    register: vi.fn(() => Promise.resolve(registration)),
  });
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  return { container, waiting, registration };
}

async function renderNotice(language: Language) {
  // A fresh module per test: it holds which worker waits.
  const { registerServiceWorker } = await import('../../src/offline/serviceWorkerUpdates.ts');
  const { UpdateNotice } = await import('../../src/offline/UpdateNotice.tsx');
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <UpdateNotice />
    </I18nextProvider>,
  );
  await act(async () => {
    registerServiceWorker();
    await Promise.resolve();
  });
}

describe('the update notice', () => {
  beforeEach(() => {
    vi.resetModules();
    // As in the built site: the dev server registers no worker.
    vi.stubEnv('DEV', false);
  });
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'serviceWorker');
    vi.unstubAllEnvs();
  });

  it('says a new version is available, in English and Korean, without taking focus', async () => {
    fakeServiceWorkers(true);
    await renderNotice('en');
    expect(screen.getByRole('status')).toHaveTextContent('A new version is available');
    expect(screen.getByRole('button', { name: 'Reload' })).not.toHaveFocus();
  });

  it('in Korean: 새 버전이 있습니다', async () => {
    fakeServiceWorkers(true);
    await renderNotice('ko');
    expect(screen.getByRole('status')).toHaveTextContent('새 버전이 있습니다');
    expect(screen.getByRole('button', { name: '새로 고침' })).toBeInTheDocument();
  });

  it('is not shown on the first visit, when the worker installs for the first time', async () => {
    fakeServiceWorkers(false);
    await renderNotice('en');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('looks for a new version again whenever the reader comes back to the tab', async () => {
    const { registration } = fakeServiceWorkers(true);
    await renderNotice('en');
    expect(registration.update).not.toHaveBeenCalled();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(registration.update).toHaveBeenCalledTimes(1);
  });

  it('Reload asks the waiting worker to take over, and reloads only once it has', async () => {
    const { waiting, container } = fakeServiceWorkers(true);
    await renderNotice('en');
    const listen = vi.spyOn(container, 'addEventListener');
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(waiting.postMessage).toHaveBeenCalledWith(skipWaitingMessage);
    expect(listen).toHaveBeenCalledWith('controllerchange', expect.any(Function), { once: true });
  });
});

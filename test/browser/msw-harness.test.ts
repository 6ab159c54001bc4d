import { HttpResponse, http } from 'msw';
import { setupWorker } from 'msw/browser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const worker = setupWorker(
  http.post('*/Echo', async ({ request }) => HttpResponse.json({ echoed: await request.text() })),
);

beforeAll(async () => {
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
});

afterAll(() => worker.stop());

describe('the browser harness (Chromium, the MSW service worker)', () => {
  test('runs in a real browser page', () => {
    expect(typeof window).toBe('object');
    expect(navigator.userAgent).toMatch(/Chrome\//);
  });

  test('the service worker answers a cross-origin fetch with the handler response', async () => {
    const response = await fetch('https://api.example.test/Echo', { method: 'POST', body: 'ping' });
    expect(await response.json()).toEqual({ echoed: 'ping' });
  });
});

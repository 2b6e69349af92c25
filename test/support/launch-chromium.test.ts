import { describe, expect, it } from 'vitest';
import { launchChromium } from './launch-chromium.ts';

describe('launchChromium', () => {
  it('fails loudly, saying how to install it, when Chromium is missing', async () => {
    await expect(launchChromium('/nonexistent/chromium')).rejects.toThrow(
      'Chromium is missing at /nonexistent/chromium: install it (apt-get install -y chromium, as .ci/run does) to run the browser tests',
    );
  });
});

// Debian's Chromium for the browser tests, launched the one way that works on these machines:
// Playwright's own browser downloads are not available, and without the background-networking
// flags Chromium keeps trying to reach Google's services through a closed network.

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Flags for a quiet, sandbox-free headless Chromium (CI runs as root). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** A headless browser from playwright-core's `chromium` (passed in: callers resolve it their own way). */
export function launchChromium(chromium) {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', ...CHROMIUM_FLAGS] });
}

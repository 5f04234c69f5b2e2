/**
 * Debian's Chromium as the Playwright tests and the benches launch it: Playwright cannot download
 * browsers here, and without the background-networking flags Chromium keeps trying hosts this
 * machine's closed network refuses.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}

import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '/work/wt/tickets/scripts/find-browser.mjs';
const browser = await chromium.launch({ executablePath: findChromium().path, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
for (const p of ['/550/', '/5.7.1/', '/']) {
  await page.goto('http://127.0.0.1:4405' + p);
  const r = await page.evaluate(() => ({ fix: document.querySelector('#fix')?.getBoundingClientRect().top, retry: document.querySelector('#retry')?.getBoundingClientRect().top, toc: document.querySelector('.on-this-page')?.getBoundingClientRect().top, over: document.documentElement.scrollWidth - innerWidth, h: document.documentElement.scrollHeight }));
  console.log(p, JSON.stringify(r));
}
await page.goto('http://127.0.0.1:4405/550/');
await page.screenshot({ path: '/tmp/tickets-550-360.png', clip: { x: 0, y: 700, width: 360, height: 1400 }, fullPage: true });
await page.goto('http://127.0.0.1:4405/550/#when');
await page.screenshot({ path: '/tmp/tickets-550-when.png' });
await browser.close();

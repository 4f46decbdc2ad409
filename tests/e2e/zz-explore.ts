import { launchBrowser, newTabletContext } from './support/browser';
import { signIn } from './support/sign-in';
import { startSyncServer } from './support/sync-server';

const server = await startSyncServer({ demo: { seekers: 30 } });
const browser = await launchBrowser();
try {
  const context = await newTabletContext(browser);
  const page = await context.newPage();
  await page.goto(`${server.url}/seekers`);
  await signIn(page, 'admin');
  await page.locator('.vlist__row a').first().waitFor();
  for (const vp of [{ width: 1024, height: 768 }, { width: 768, height: 1024 }]) {
    await page.setViewportSize(vp);
    const tag = `${vp.width}`;
    console.log(tag, 'header', await page.locator('.app-header').boundingBox());
    await page.screenshot({ path: `/tmp/lay/seekers-${tag}.png` });
    await page.getByTestId('app-menu').click();
    await page.locator('.app-menu__panel .user-menu').waitFor();
    await page.screenshot({ path: `/tmp/lay/menu-${tag}.png` });
    await page.keyboard.press('Escape');
    console.log('focused after esc', await page.evaluate(() => document.activeElement?.getAttribute('data-testid')));
  }
  await page.getByTestId('app-menu').click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByText('Seekers').first().waitFor();
  for (const vp of [{ width: 1024, height: 768 }, { width: 768, height: 1024 }]) {
    await page.setViewportSize(vp);
    console.log('en', vp.width, 'header', await page.locator('.app-header').boundingBox());
    await page.screenshot({ path: `/tmp/lay/seekers-en-${vp.width}.png` });
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

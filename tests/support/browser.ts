/** Headless Chromium (the system one, see .ci/run) and axe-core checks for browser tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseHtml } from './html.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.1 A/AA and best practices) on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

/** No axe violation, and a full-page screenshot kept in `dir` under `name`. */
export async function checkPage(page: Page, dir: string, name: string): Promise<void> {
  expect(await axeViolations(page), name).toEqual([]);
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

export interface DevMail {
  subject: string;
  recipient: string;
  links: string[];
}

/** The dev server's mailbox (/api/dev/courriels), oldest first. */
export async function devMailbox(url: string): Promise<DevMail[]> {
  const html = parseHtml(await (await fetch(`${url}/api/dev/courriels`)).text());
  return html.querySelectorAll('article').map((article) => ({
    subject: article.querySelector('h2')?.text ?? '',
    recipient: /À : (\S+)/.exec(article.querySelector('p.muted')?.text ?? '')?.[1] ?? '',
    links: article.querySelectorAll('a').map((a) => a.getAttribute('href') ?? ''),
  }));
}

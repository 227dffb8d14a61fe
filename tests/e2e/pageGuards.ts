// Watches a page for what must never happen: console errors, uncaught exceptions and
// requests to any origin other than the app's own.
import type { Page } from '@playwright/test';

export interface PageGuards {
  readonly consoleErrors: string[];
  readonly foreignRequests: string[];
  readonly policyViolations: string[];
}

export async function guardPage(page: Page, origin: string): Promise<PageGuards> {
  const guards: PageGuards = { consoleErrors: [], foreignRequests: [], policyViolations: [] };
  // The page reports what its Content-Security-Policy blocked; the test hears it through a binding.
  await page.exposeFunction('__reportPolicyViolation', (text: string) => guards.policyViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportPolicyViolation?: (text: string) => void }).__reportPolicyViolation;
      report?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') guards.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => guards.consoleErrors.push(`Uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) guards.foreignRequests.push(request.url());
  });
  return guards;
}

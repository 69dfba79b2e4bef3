// The documentation pages as a reader sees them: a real headless Chromium loads /docs and /redoc from a
// running server, finds the operations, and calls the API through Swagger UI's "Try it out".
//
//   TASKAPI_BASE_URL=http://localhost:8080 npm test
//
// CHROMIUM_PATH names the browser (default /usr/bin/chromium); no browser is ever downloaded.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const BASE_URL = (process.env.TASKAPI_BASE_URL ?? "http://localhost:8080").replace(/\/$/, "");
const ORIGIN = new URL(BASE_URL).origin;
const TIMEOUT_MS = 30_000;

let userDataDir;
let browser;

before(async () => {
  userDataDir = await mkdtemp(join(tmpdir(), "taskapi-chromium-"));
  browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  browser.setDefaultTimeout(TIMEOUT_MS);
});

after(async () => {
  await browser?.close();
  if (userDataDir) {
    await rm(userDataDir, { recursive: true, force: true });
  }
});

/**
 * A new page that remembers every URL it requested, every error its scripts threw and everything the
 * page's Content-Security-Policy refused.
 */
async function openPage() {
  const page = await browser.newPage();
  const requested = [];
  const errors = [];
  const refused = [];
  page.on("request", (request) => requested.push(request));
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/.test(message.text())) {
      refused.push(message.text());
    }
  });
  return { page, requested, errors, refused };
}

/**
 * Everything the page loaded came from this server (or from the page itself): a request for another host
 * must have been stopped by the page's Content-Security-Policy before it left the browser.
 */
async function assertOnlyThisServer(page, requested) {
  await page.waitForLoadState("networkidle");
  const elsewhere = requested
    .filter((request) => !request.url().startsWith(ORIGIN + "/") && !/^(data|blob):/.test(request.url()))
    .filter((request) => request.failure()?.errorText !== "csp")
    .map((request) => request.url());
  assert.deepEqual(elsewhere, [], "requests that left the server");
}

test("Swagger UI at /docs lists the operations and Try it out calls this server", async () => {
  const { page, requested, errors, refused } = await openPage();
  const response = await page.goto(`${BASE_URL}/docs`);
  assert.equal(response.status(), 200);

  const health = page.locator("#operations-Health-getHealth");
  await health.waitFor();
  for (const operationId of ["listTasks", "createTask", "getTask", "updateTask", "getCurrentUser", "getHealth"]) {
    assert.equal(await page.locator(`[id$="-${operationId}"].opblock`).count(), 1, `operation ${operationId}`);
  }

  await health.locator(".opblock-summary-control").click();
  await health.locator("button.try-out__btn").click();
  await health.locator("button.execute").click();

  const status = health.locator(".live-responses-table .response .response-col_status").first();
  await status.waitFor();
  assert.equal((await status.innerText()).trim(), "200");
  const requestUrl = (await health.locator(".request-url pre").innerText()).trim();
  assert.equal(requestUrl, `${BASE_URL}/api/v1/health`, "Try it out calls the server that serves the page");
  const body = await health.locator(".live-responses-table .response-col_description pre").first().innerText();
  assert.match(body, /"status":\s*"(healthy|degraded)"/);

  await assertOnlyThisServer(page, requested);
  assert.deepEqual(errors, [], "script errors on the page");
  assert.deepEqual(refused, [], "what the page's Content-Security-Policy refused");
  await page.close();
});

test("ReDoc at /redoc renders the operations", async () => {
  const { page, requested, errors, refused } = await openPage();
  const response = await page.goto(`${BASE_URL}/redoc`);
  assert.equal(response.status(), 200);

  for (const operationId of ["listTasks", "createTask", "getHealth"]) {
    await page.locator(`[data-section-id="operation/${operationId}"]`).first().waitFor();
  }
  const heading = page.locator('[data-section-id="operation/listTasks"] h2').first();
  assert.match(await heading.innerText(), /List the caller's tasks, one page at a time/);

  await assertOnlyThisServer(page, requested);
  assert.deepEqual(errors, [], "script errors on the page");
  // ReDoc's bundle shows its maker's logo from a CDN; the page's policy refuses it, and nothing else.
  assert.deepEqual(refused.filter((text) => !text.includes("https://cdn.redoc.ly/")), [],
    "what the page's Content-Security-Policy refused");
  await page.close();
});

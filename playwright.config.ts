import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";
import { storageStateOf } from "./e2e/support/accounts";

// Playwright's own Chromium when it is installed; otherwise Debian's (machines
// without internet cannot run `npx playwright install`).
const bundled = chromium.executablePath();
const executablePath = existsSync(bundled) ? undefined : "/usr/bin/chromium";

const launchOptions = {
  executablePath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  forbidOnly: Boolean(process.env.CI),
  fullyParallel: false,
  // One worker: tests count rows in a shared database, and the machine has two cores.
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts$/, use: { launchOptions } },
    {
      name: "chromium",
      dependencies: ["setup"],
      use: {
        ...devices["Desktop Chrome"],
        // Specs act as an editor unless they choose another role (test.use) or none.
        storageState: storageStateOf("editor"),
        launchOptions,
      },
    },
  ],
  webServer: {
    command: "tsx --conditions=react-server scripts/e2e-server.ts",
    url: `http://localhost:${PORT}/api/health`,
    env: { PORT: String(PORT) },
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});

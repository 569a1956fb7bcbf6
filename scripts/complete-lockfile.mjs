// `npm run lockfile:complete`: adds the platform-specific optional packages (macOS,
// Windows, other Linux builds…) that npm leaves out of package-lock.json when the
// registry it installs from serves only this machine's platform. Without them,
// `npm ci` refuses the lock file as "out of sync". Each entry names the package's
// exact version and platform, so npm installs it only where it belongs.
import { readFileSync, writeFileSync } from "node:fs";

const OS = ["android", "darwin", "freebsd", "linux", "win32", "openbsd", "netbsd", "sunos", "aix", "openharmony"];
const CPU = ["arm64", "x64", "arm", "ia32", "loong64", "ppc64", "riscv64", "s390x", "mips64el", "wasm32"];
const path = "package-lock.json";
const lock = JSON.parse(readFileSync(path, "utf8"));
const packages = lock.packages;
let added = 0;

for (const [key, meta] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(meta.optionalDependencies ?? {})) {
    const hoisted = `node_modules/${name}`;
    if (packages[hoisted] || packages[`${key ? `${key}/` : ""}node_modules/${name}`]) continue;
    if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(spec)) {
      console.warn(`skipped ${name}@${spec}: not an exact version`);
      continue;
    }
    const parts = name.split("/").pop().split(/[-_]/);
    const entry = { version: spec, optional: true };
    if (meta.dev) entry.dev = true;
    const os = parts.find((p) => OS.includes(p));
    const cpu = parts.find((p) => CPU.includes(p));
    if (os) entry.os = [os];
    if (cpu) entry.cpu = [cpu];
    if (parts.some((p) => p.startsWith("musl"))) entry.libc = ["musl"];
    else if (parts.some((p) => p === "gnu" || p === "gnueabihf")) entry.libc = ["glibc"];
    packages[hoisted] = entry;
    added += 1;
  }
}

writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform package(s) added`);

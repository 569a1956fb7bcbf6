import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeNextPath, signInSchema } from "@/lib/validations/sign-in";

describe("sign-in form", () => {
  it("accepts an email and a password, and says what is missing", () => {
    expect(signInSchema.safeParse({ email: " a@example.org ", password: "x" }).data).toEqual({ email: "a@example.org", password: "x" });
    const missing = signInSchema.safeParse({ email: "", password: "" });
    expect(missing.error?.issues.map((i) => i.message)).toEqual(["Enter your email address", "Enter your password"]);
    expect(signInSchema.safeParse({ email: "not-an-address", password: "x" }).success).toBe(false);
  });

  it("returns only to a path of this site after signing in", () => {
    expect(safeNextPath("/incidents?country=TH")).toBe("/incidents?country=TH");
    expect(safeNextPath("https://evil.example")).toBe("/");
    expect(safeNextPath("//evil.example/x")).toBe("/");
    expect(safeNextPath("/\\evil.example")).toBe("/");
    expect(safeNextPath(undefined)).toBe("/");
  });

  it("refuses a next that a browser would read as another site: stripped tabs and newlines, dot segments, schemes", () => {
    // Chromium drops the tab: "/\t/evil.example" becomes "//evil.example", another host.
    for (const next of ["/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "/.//evil.example", "/x/..//evil.example", "/\u0000", "/a\\b"]) {
      expect(safeNextPath(next), JSON.stringify(next)).toBe("/");
    }
  });

  it("any next leads to a path of this registry, which a browser resolves to the same place (property)", () => {
    const origin = "https://registry.example";
    const piece = fc.constantFrom("/", "//", "\\", ".", "..", "%2F", "%09", "\t", "\n", "\r", "\u0000", "\u007f", " ", ":", "@", "?", "#", "https:", "javascript:", "evil.example", "a", "incidents");
    const hostile = fc.array(fc.oneof(piece, fc.string({ unit: "binary", maxLength: 3 })), { maxLength: 8 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(hostile, hostile.map((s) => `/${s}`)), (next) => {
        const path = safeNextPath(next);
        expect(path).toMatch(/^\/(?![/\\])/);
        expect(path).not.toMatch(/[\u0000-\u001f\u007f\\]/);
        const resolved = new URL(path, origin);
        expect(resolved.origin).toBe(origin);
        expect(`${resolved.pathname}${resolved.search}${resolved.hash}`).toBe(path);
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps every path of this registry as it is (property)", () => {
    fc.assert(
      fc.property(fc.webPath(), fc.webQueryParameters(), (pathPart, query) => {
        const url = new URL(`https://registry.example${pathPart}?${query}`);
        fc.pre(!url.pathname.startsWith("//"));
        const path = `${url.pathname}${url.search}`;
        expect(safeNextPath(path)).toBe(path);
      }),
      { numRuns: 1000 },
    );
  });
});

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
});

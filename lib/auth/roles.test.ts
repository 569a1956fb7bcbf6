import { describe, expect, it } from "vitest";
import { forbiddenMessage, hasRole, isRole, ROLES, userMay } from "@/lib/auth/roles";

describe("roles", () => {
  it("ranks viewer < reporter < editor < admin, each allowed what the lower ones are", () => {
    expect(hasRole("viewer", "viewer")).toBe(true);
    expect(hasRole("viewer", "reporter")).toBe(false);
    expect(hasRole("reporter", "reporter")).toBe(true);
    expect(hasRole("reporter", "editor")).toBe(false);
    expect(hasRole("editor", "reporter")).toBe(true);
    expect(hasRole("editor", "admin")).toBe(false);
    for (const role of ROLES) expect(hasRole("admin", role)).toBe(true);
  });

  it("lets a signed-out visitor (PUBLIC_READ) do nothing that needs a role", () => {
    expect(userMay(null, "viewer")).toBe(false);
    expect(userMay({ role: "editor" }, "reporter")).toBe(true);
    expect(userMay({ role: "reporter" }, "editor")).toBe(false);
  });

  it("recognises only the four role codes", () => {
    expect(ROLES.every(isRole)).toBe(true);
    expect(isRole("superuser")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });

  it("tells a refused person which role the action needs and that nothing changed", () => {
    expect(forbiddenMessage("editor", "archiving an incident")).toBe(
      "Nothing was changed: archiving an incident needs the editor role or higher. Ask an administrator if you need it.",
    );
  });
});

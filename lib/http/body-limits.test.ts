import { describe, expect, it } from "vitest";
import { formDataBytes } from "@/lib/http/body-limits";

describe("the size of a form post", () => {
  it("counts names and values in UTF-8 bytes", () => {
    const data = new FormData();
    data.append("summary", "ทุ่น"); // 4 Thai letters, 3 bytes each
    data.append("a", "💣"); // one emoji, 4 bytes
    expect(formDataBytes(data)).toBe("summary".length + 12 + 1 + 4);
  });
});

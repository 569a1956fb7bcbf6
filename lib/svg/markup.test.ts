import { describe, expect, it } from "vitest";
import { attributes, element, escapeXml, round1 } from "./markup";

describe("SVG markup", () => {
  it("escapes markup characters in text and attributes", () => {
    expect(escapeXml(`<script>alert("x") & 'y'</script>`)).toBe("&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;");
    expect(element("title", {}, escapeXml("Si Sa Ket <TH-33>"))).toBe("<title>Si Sa Ket &lt;TH-33&gt;</title>");
    expect(attributes({ "aria-label": `a "quoted" name`, hidden: undefined, x: 1.5 })).toBe(' aria-label="a &quot;quoted&quot; name" x="1.5"');
  });

  it("keeps Thai and Khmer text as it is", () => {
    expect(escapeXml("ศรีสะเกษ ព្រះវិហារ")).toBe("ศรีสะเกษ ព្រះវិហារ");
  });

  it("rounds coordinates to a tenth", () => {
    expect(round1(40.55206611570248)).toBe("40.6");
    expect(round1(12)).toBe("12");
    expect(round1(-0.04)).toBe("0");
  });
});

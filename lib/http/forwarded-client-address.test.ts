import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { clientAddressResolver } from "@/lib/http/forwarded-client-address";

const settings = (TRUSTED_PROXIES?: string) => readEnv({ NODE_ENV: "test", TRUSTED_PROXIES });
const resolverFor = (TRUSTED_PROXIES: string) => clientAddressResolver(settings(TRUSTED_PROXIES).TRUSTED_PROXIES);

describe("client address behind proxies", () => {
  it("is the connection's when no proxy is trusted, whatever the header says", () => {
    const resolve = resolverFor("");
    expect(resolve("192.0.2.10", "198.51.100.1")).toBe("192.0.2.10");
    expect(resolve("::ffff:192.0.2.10", undefined)).toBe("192.0.2.10");
    expect(resolve("2001:db8::1", "x, y")).toBe("2001:db8::1");
    expect(resolve(undefined, "198.51.100.1")).toBeUndefined();
  });

  it("counts hops from the right with a number of proxies", () => {
    expect(resolverFor("1")("10.0.0.2", "198.51.100.1, 203.0.113.7")).toBe("203.0.113.7");
    expect(resolverFor("2")("10.0.0.2", "198.51.100.1, 203.0.113.7, 10.0.0.1")).toBe("203.0.113.7");
    // A request that came straight in, not through the proxy.
    expect(resolverFor("1")("203.0.113.9", undefined)).toBe("203.0.113.9");
    expect(resolverFor("1")("10.0.0.2", "not-an-address")).toBe("10.0.0.2");
  });

  it("takes the right-most address that is not a trusted proxy", () => {
    const resolve = resolverFor("10.0.0.0/8, 2001:db8::/32, 192.0.2.1");
    expect(resolve("10.0.0.2", "198.51.100.1, 203.0.113.7, 10.1.2.3")).toBe("203.0.113.7");
    expect(resolve("2001:db8::5", "203.0.113.7")).toBe("203.0.113.7");
    expect(resolve("::ffff:192.0.2.1", "203.0.113.7")).toBe("203.0.113.7");
    // Straight in: the connection is not a proxy, so the header is the client's own.
    expect(resolve("203.0.113.9", "198.51.100.1")).toBe("203.0.113.9");
    // All trusted (a request from a proxy itself), and a header a proxy filled with something else.
    expect(resolve("10.0.0.2", "10.0.0.3")).toBe("10.0.0.3");
    expect(resolve("10.0.0.2", "unknown")).toBe("10.0.0.2");
  });

  it("refuses a TRUSTED_PROXIES that is neither a count nor addresses, saying what it must be", () => {
    expect(() => settings("10.0.0.0/33")).toThrow(/TRUSTED_PROXIES must be a number of proxies/);
    expect(() => settings("proxy.example")).toThrow(/TRUSTED_PROXIES/);
    expect(settings().TRUSTED_PROXIES).toEqual({ hops: 0 });
  });
});

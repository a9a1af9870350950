// PUBLIC_URL: the web page's https address, optional.
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config.ts";

const TOKEN = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789";

describe("PUBLIC_URL", () => {
  it("is optional, and kept without a trailing slash", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN }).PUBLIC_URL).toBeUndefined();
    expect(parseConfig({ BOT_TOKEN: TOKEN, PUBLIC_URL: "https://monoqala.example.com/" }).PUBLIC_URL).toBe("https://monoqala.example.com");
  });

  it.each([
    ["http://monoqala.example.com", /PUBLIC_URL must start with https:\/\//],
    ["monoqala", /PUBLIC_URL must be a URL/],
  ])("refuses %s with one line naming the variable", (value, message) => {
    expect(() => parseConfig({ BOT_TOKEN: TOKEN, PUBLIC_URL: value })).toThrow(ConfigError);
    expect(() => parseConfig({ BOT_TOKEN: TOKEN, PUBLIC_URL: value })).toThrow(message);
  });
});

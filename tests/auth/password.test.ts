import { hashPassword, randomPassword, verifyPassword } from "../../server/src/auth/password";

describe("password hashing", () => {
  it("stores a salted scrypt hash that verifies only the right password", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(hash).not.toContain("correct horse");
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
    expect(await hashPassword("correct horse battery")).not.toBe(hash);
  });

  it("treats full-width and half-width input alike (NFKC) and rejects malformed hashes", async () => {
    const hash = await hashPassword("Ｐａｓｓ１２３４５６７８");
    expect(await verifyPassword("Pass12345678", hash)).toBe(true);
    expect(await verifyPassword("x", "plain-text")).toBe(false);
  });

  it("makes random first-admin passwords of 24 url-safe characters", () => {
    const a = randomPassword();
    expect(a).toMatch(/^[\w-]{24}$/);
    expect(randomPassword()).not.toBe(a);
  });
});

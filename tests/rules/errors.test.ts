import { RuleError, isRuleError } from "../../server/src/rules";

describe("RuleError", () => {
  it("keeps code and both messages, joined in message", () => {
    const e = new RuleError("INVALID_AMOUNT", "金額が不正です", "invalid amount");
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(RuleError);
    expect(e.code).toBe("INVALID_AMOUNT");
    expect(e.messageJa).toBe("金額が不正です");
    expect(e.messageEn).toBe("invalid amount");
    expect(e.message).toBe("金額が不正です / invalid amount");
    expect(e.name).toBe("RuleError");
  });

  it("isRuleError tells rule errors from other errors", () => {
    expect(isRuleError(new RuleError("INVALID_MONTH", "a", "b"))).toBe(true);
    expect(isRuleError(new Error("x"))).toBe(false);
    expect(isRuleError("INVALID_MONTH")).toBe(false);
  });
});

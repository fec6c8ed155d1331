import { RuleError, type RuleErrorCode } from "../../server/src/rules";

/** Asserts fn throws a RuleError with the code, and that both languages name each fragment. */
export function expectRuleError(
  fn: () => unknown,
  code: RuleErrorCode,
  ...fragments: string[]
): RuleError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(RuleError);
  const error = caught as RuleError;
  expect(error.code).toBe(code);
  expect(error.message).toBe(`${error.messageJa} / ${error.messageEn}`);
  for (const fragment of fragments) {
    expect(error.messageJa).toContain(fragment);
    expect(error.messageEn).toContain(fragment);
  }
  return error;
}

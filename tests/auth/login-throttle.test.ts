import { FailureCounter } from "../../server/src/auth/login-throttle";

/** The in-memory counter behind unknown-id and per-address throttling, on a fake clock. */
describe("FailureCounter", () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    now = 1_000_000;
  });

  it("locks a key at the limit for lockMs, and every failure after that locks it again", () => {
    const counter = new FailureCounter({ limit: 3, lockMs: 60_000, now: clock });
    counter.fail("a");
    counter.fail("a");
    expect(counter.retryAfterSeconds("a")).toBeNull();
    counter.fail("a");
    expect(counter.retryAfterSeconds("a")).toBe(60);
    now += 59_001;
    expect(counter.retryAfterSeconds("a")).toBe(1);
    now += 1_000;
    expect(counter.retryAfterSeconds("a")).toBeNull();
    // Like the User row: the count stays at the limit, so one more failure locks again.
    counter.fail("a");
    expect(counter.retryAfterSeconds("a")).toBe(60);
    expect(counter.retryAfterSeconds("b")).toBeNull();
  });

  it("without forgetMs it never forgets failures; with it, a quiet key starts again from zero", () => {
    const keeps = new FailureCounter({ limit: 2, lockMs: 1_000, now: clock });
    const forgets = new FailureCounter({ limit: 2, lockMs: 1_000, forgetMs: 10_000, now: clock });
    keeps.fail("a");
    forgets.fail("a");
    now += 10_000;
    keeps.fail("a");
    forgets.fail("a");
    expect(keeps.retryAfterSeconds("a")).toBe(1);
    expect(forgets.retryAfterSeconds("a")).toBeNull();
    forgets.fail("a");
    expect(forgets.retryAfterSeconds("a")).toBe(1);
  });

  it("keeps at most maxKeys keys, dropping the ones that failed longest ago", () => {
    const counter = new FailureCounter({ limit: 1, lockMs: 60_000, maxKeys: 2, now: clock });
    counter.fail("old");
    counter.fail("middle");
    counter.fail("old");
    counter.fail("new");
    expect(counter.retryAfterSeconds("middle")).toBeNull();
    expect(counter.retryAfterSeconds("old")).toBe(60);
    expect(counter.retryAfterSeconds("new")).toBe(60);
  });
});

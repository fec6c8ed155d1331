import { evenTicks } from "../../admin/src/dashboard/chartTicks";

/** The charts' axes: even steps of 1, 2 or 5 × 10ⁿ, never one left out, below zero too. */
describe("evenTicks", () => {
  it.each([
    [60_000, 0, [0, 20_000, 40_000, 60_000]],
    [43_995_000, 0, [0, 20_000_000, 40_000_000, 60_000_000]],
    [1, 0, [0, 0.5, 1]],
    [8, -4.45, [-5, 0, 5, 10]],
    [0.3, 0, [0, 0.1, 0.2, 0.3]],
    [0, 0, [0]],
  ])("up to %d from %d: %j", (max, min, ticks) => {
    expect(evenTicks(max, 4, min)).toEqual(ticks);
  });
});

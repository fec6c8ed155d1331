import { isRuleError } from "../../rules";
import type { Origin, Problems } from "./problems";

/** Where a value sits: the report's "No" and the field, named in both languages. */
export interface Place {
  origin: Origin;
  report?: number;
  where: string;
}

/**
 * Runs a conversion from server/src/rules; a rule violation becomes a located blocking
 * error and the fallback stands in, so that reading goes on and finds every problem.
 */
export function convertWith(problems: Problems) {
  return function convert<T>(place: Place, run: () => T, fallback: T): T {
    try {
      return run();
    } catch (error) {
      if (!isRuleError(error)) throw error;
      problems.error(place.origin, error.code, error.messageJa, error.messageEn, {
        report: place.report,
        where: place.where,
      });
      return fallback;
    }
  };
}

export type Convert = ReturnType<typeof convertWith>;

import englishMessages from "ra-language-english";
import type { TranslationMessages } from "ra-core";
import { resources } from "./en/resources";
import { sosei } from "./en/sosei";

/** English, loaded only when chosen; same keys as ja.ts (tests/admin/i18n.test.ts). */
const en: TranslationMessages = {
  ...englishMessages,
  ra: { ...englishMessages.ra, auth: { ...englishMessages.ra.auth, username: "Login ID" } },
  sosei,
  resources,
  errors: {
    BAD_USER_INPUT: "The input is not valid",
    NOT_FOUND: "Not found",
    CONFLICT: "This conflicts with another change; please reload",
    UNAUTHENTICATED: "Please sign in",
    FORBIDDEN: "You may not do this",
    TOO_MANY_ATTEMPTS: "Too many failed sign-ins; please wait",
    INTERNAL_SERVER_ERROR: "The server failed",
    NETWORK: "The server cannot be reached",
  },
};

export default en;

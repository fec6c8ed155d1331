import polyglotI18nProvider from "ra-i18n-polyglot";
import type { I18nProvider } from "ra-core";
import ja from "../i18n/ja";

export type Locale = "ja" | "en";

/** Each language named in itself, as language menus do. */
export const LOCALES: { locale: Locale; name: string }[] = [
  { locale: "ja", name: "日本語" },
  { locale: "en", name: "English" },
];

/** Japanese is bundled; English is a separate chunk fetched when first chosen. */
const polyglot = polyglotI18nProvider(
  (locale) => (locale === "en" ? import("../i18n/en").then((module) => module.default) : ja),
  "ja",
  LOCALES,
);

/** React-admin keeps the chosen locale in its store (localStorage), so the choice persists. */
export const i18nProvider: I18nProvider = {
  ...polyglot,
  async changeLocale(locale, options) {
    await polyglot.changeLocale(locale, options);
    // Screen readers and the browser's fonts follow <html lang>.
    document.documentElement.lang = locale;
  },
};

/** The language the user reads now; the providers pick the server's message in it. */
export function currentLocale(): Locale {
  return i18nProvider.getLocale() === "en" ? "en" : "ja";
}

import japaneseModule from "@bicstone/ra-language-japanese";
import type { TranslationMessages } from "ra-core";
import { resources } from "./ja/resources";
import { sosei } from "./ja/sosei";

// The package is CommonJS with `exports.default`: Vite 8 follows Node and hands over the
// whole module, TypeScript's interop (jest) the default export.
const japaneseMessages = ((japaneseModule as { default?: TranslationMessages }).default ??
  japaneseModule) as Required<TranslationMessages>;

/**
 * Japanese, the default language. React-admin's own labels come from ra-language-japanese;
 * the keys it lacks for react-admin 5.15 are added here. Role and status names are the
 * server's own labels, so the UI and the API's messages agree.
 */
const ja: TranslationMessages = {
  ...japaneseMessages,
  ra: {
    ...japaneseMessages.ra,
    // The server calls it a login id; "user name" would suggest the person's name.
    auth: { ...japaneseMessages.ra.auth, username: "ログインID" },
    validation: { ...japaneseMessages.ra.validation, unique: "既に使われています" },
    guesser: {
      ...japaneseMessages.ra.guesser,
      empty: {
        title: "表示するデータがありません",
        message: "データプロバイダーを確認してください",
      },
    },
  },
  sosei,
  resources,
  errors: {
    BAD_USER_INPUT: "入力内容に誤りがあります",
    NOT_FOUND: "見つかりません",
    CONFLICT: "他の操作と競合しました。再読み込みしてください",
    UNAUTHENTICATED: "ログインしてください",
    FORBIDDEN: "この操作を行う権限がありません",
    TOO_MANY_ATTEMPTS: "ログインの失敗が続いたため、しばらく受け付けません",
    INTERNAL_SERVER_ERROR: "サーバーでエラーが発生しました",
    NETWORK: "サーバーに接続できません",
  },
};

export default ja;

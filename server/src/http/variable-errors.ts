import type { GraphQLFormattedError } from "graphql";

/**
 * graphql-js reports a variable it cannot coerce in English, with the place inside it in
 * the message: `Variable "$p" got invalid value -1 at "p[0].budget"; …`. These say it in
 * Japanese like every other input error, keep the English in messageEn, and give the place
 * as extensions.field (["p", 0, "budget"]), which is the argument path for clients that name
 * variables after arguments, as ra-data-graphql does. Our scalars (Yen, Decimal) already
 * carry a Japanese reason and an English one in messageEn; a bad literal in the document
 * gets their error as it is.
 */
const INVALID = /^Variable "\$([^"]+)" got invalid value (.*?)(?: at "([^"]+)")?; (.*)$/s;
const MISSING = /^Variable "\$([^"]+)" of required type "([^"]+)" was not provided\.$/;

/** "p[0].budget" → ["p", 0, "budget"] */
export function variablePath(place: string): (string | number)[] {
  return [...place.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map((m) =>
    m[1] === undefined ? m[0] : Number(m[1]),
  );
}

/** graphql-js's English reasons, said in Japanese (the English stays in messageEn). */
function japaneseReason(place: string, value: string, detail: string): string {
  const type = /^(\w+) cannot represent/.exec(detail);
  if (type) return `変数 ${place} の値 ${value} は ${type[1]} 型として受け付けられません`;
  const unknown = /^Field "(\w+)" is not defined by type "(\w+)"/.exec(detail);
  if (unknown) return `変数 ${place} の項目「${unknown[1]}」は ${unknown[2]} にありません`;
  const missing = /^Field "(\w+)" of required type "([^"]+)" was not provided/.exec(detail);
  if (missing) return `変数 ${place} の必須項目「${missing[1]}」(${missing[2]}) がありません`;
  const enumValue = /^Value "(\w+)" does not exist in "(\w+)" enum/.exec(detail);
  if (enumValue)
    return `変数 ${place} の値「${enumValue[1]}」は ${enumValue[2]} の選択肢にありません`;
  return `変数 ${place} の値 ${value} は受け付けられません`;
}

export function inputErrorInJapanese(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  const english = formatted.message;
  const invalid = extensions.code === "BAD_USER_INPUT" ? INVALID.exec(english) : null;
  if (invalid) {
    const [, variable, value, at, detail] = invalid as unknown as string[];
    const place = at ?? variable!;
    // Our scalars give the reason in Japanese and the English one in messageEn.
    const ownEn = typeof extensions.messageEn === "string" ? extensions.messageEn : null;
    const prefix = english.slice(0, english.length - detail!.length);
    return {
      ...formatted,
      message: ownEn
        ? `変数 ${place} の値が不正です: ${detail}`
        : japaneseReason(place, value!, detail!),
      extensions: {
        ...extensions,
        field: variablePath(place),
        messageEn: ownEn ? `${prefix}${ownEn}` : english,
      },
    };
  }
  const missing = extensions.code === "BAD_USER_INPUT" ? MISSING.exec(english) : null;
  if (missing) {
    const [, variable, type] = missing;
    return {
      ...formatted,
      message: `必須の変数 $${variable} (${type}) が指定されていません`,
      extensions: { ...extensions, field: [variable!], messageEn: english },
    };
  }
  return formatted;
}

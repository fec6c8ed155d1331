/**
 * Text files arrive in UTF-8 (with or without BOM) or, from Japanese offices, in Shift_JIS
 * (Windows code page 932). The WHATWG decoders built into Node (full ICU) read both
 * strictly: a byte sequence that is valid in neither is refused with its line, never
 * stored as mojibake.
 */
import { Problems } from "./problems";

export type TextEncodingName = "UTF-8" | "UTF-8 (BOM)" | "Shift_JIS";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const BOM = [0xef, 0xbb, 0xbf];

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** 1-based line of the first byte that is not valid UTF-8, for the error message. */
function firstBadLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      if (strict("utf-8", bytes.subarray(start, i)) === null) return line;
      line++;
      start = i + 1;
    }
  }
  return line;
}

export function decodeText(
  file: string,
  bytes: Uint8Array,
  problems: Problems,
): DecodedText | null {
  if (BOM.every((b, i) => bytes[i] === b)) {
    const text = strict("utf-8", bytes.subarray(3));
    if (text !== null) return { text, encoding: "UTF-8 (BOM)" };
  } else {
    const utf8 = strict("utf-8", bytes);
    if (utf8 !== null) return { text: utf8, encoding: "UTF-8" };
    const sjis = strict("shift_jis", bytes);
    if (sjis !== null) return { text: sjis, encoding: "Shift_JIS" };
  }
  // Valid but for an incomplete character at the very end: the file was cut off.
  const body = BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(3) : bytes;
  for (let cut = 1; cut <= 3 && cut < body.length; cut++) {
    const text = strict("utf-8", body.subarray(0, body.length - cut));
    if (text === null) continue;
    problems.error(
      { file, line: text.split("\n").length },
      "TRUNCATED_FILE",
      "ファイルが文字の途中で終わっています (途中で切れています)",
      "the file ends in the middle of a character (it was cut off)",
    );
    return { text, encoding: "UTF-8" };
  }
  problems.error(
    { file, line: firstBadLine(BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(3) : bytes) },
    "UNKNOWN_ENCODING",
    "文字コードを判別できません。UTF-8 または Shift_JIS (CP932) で保存してください",
    "the file is neither UTF-8 nor Shift_JIS (CP932); save it in one of them",
  );
  return null;
}

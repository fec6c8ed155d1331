/**
 * SQL text with its parameters, built by tagged templates: a value is always a numbered
 * parameter, never spliced into the text; only identifiers the code itself names (tables,
 * columns of a resource's definition) become text, and they are checked and quoted.
 */
export class Sql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}
}

/** sql`… ${value} …`; a nested Sql is inlined with its own parameters. */
export function sql(strings: TemplateStringsArray | readonly string[], ...values: unknown[]): Sql {
  const outStrings: string[] = [strings[0]];
  const outValues: unknown[] = [];
  values.forEach((value, i) => {
    if (value instanceof Sql) {
      outStrings[outStrings.length - 1] += value.strings[0];
      value.values.forEach((v, j) => {
        outValues.push(v);
        outStrings.push(value.strings[j + 1]);
      });
      outStrings[outStrings.length - 1] += strings[i + 1];
    } else {
      outValues.push(value);
      outStrings.push(strings[i + 1]);
    }
  });
  return new Sql(outStrings, outValues);
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A quoted identifier, or `alias."column"` when given two parts. */
export function ident(...parts: string[]): Sql {
  for (const part of parts) {
    if (!IDENTIFIER.test(part)) throw new Error(`not an SQL identifier: ${part}`);
  }
  return raw(parts.map((p) => `"${p}"`).join("."));
}

/** Text the code wrote itself (keywords, operators); never user input. */
export function raw(text: string): Sql {
  return new Sql([text], []);
}

export function join(parts: readonly Sql[], separator: string): Sql {
  if (parts.length === 0) return raw("");
  return parts.slice(1).reduce((all, part) => sql`${all}${raw(separator)}${part}`, parts[0]);
}

/**
 * AND of the conditions; TRUE when there are none. Like or(), the whole is in brackets of its
 * own, so that it can be put after an AND, an OR or a NOT without its operators escaping.
 */
export function and(conditions: readonly Sql[]): Sql {
  return conditions.length === 0 ? raw("TRUE") : sql`((${join(conditions, ") AND (")}))`;
}

/** OR of the conditions, bracketed as a whole; FALSE when there are none. */
export function or(conditions: readonly Sql[]): Sql {
  return conditions.length === 0 ? raw("FALSE") : sql`((${join(conditions, ") OR (")}))`;
}

/** The statement as the drivers take it: text with $1…$n and the values in order. */
export function render(query: Sql): { text: string; values: unknown[] } {
  let text = query.strings[0];
  for (let i = 1; i < query.strings.length; i++) text += `$${i}${query.strings[i]}`;
  return { text, values: [...query.values] };
}

/** A LIKE pattern that matches `text` literally anywhere (%, _ and \ escaped). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, "\\$&")}%`;
}

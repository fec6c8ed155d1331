/**
 * Props for a multiline TextField/TextInput whose plain textarea the browser sizes to its text
 * (CSS field-sizing), from `rows` up to `maxRows` lines. MUI's multiline always wraps the
 * textarea in TextareaAutosize, which measures it with a forced layout whenever it renders: a
 * few hundred ms for the report editor's dozens. A browser without field-sizing scrolls.
 */
export function textArea(rows: number, maxRows = 16) {
  return {
    multiline: true,
    rows,
    slotProps: {
      input: { inputComponent: "textarea" },
      htmlInput: {
        style: { fieldSizing: "content", minHeight: `${rows}lh`, maxHeight: `${maxRows}lh` },
      },
    },
  } as const;
}

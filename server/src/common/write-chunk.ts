/** Writes with back-pressure, so a slow reader holds a large answer instead of memory. */
export async function write(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", resolve));
}

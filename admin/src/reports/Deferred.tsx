import { startTransition, useEffect, useState, type ReactNode } from "react";

/**
 * Parts of a page drawn right after its first paint, in a transition React may interrupt, so
 * what the user works in first (the programs grid) takes input without waiting for them.
 */
export function Deferred({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => startTransition(() => setShown(true)));
    return () => cancelAnimationFrame(frame);
  }, []);
  return shown ? <>{children}</> : null;
}

import { createElement, lazy, useState, type ComponentType } from "react";

/**
 * A screen in its own chunk, like React.lazy, with `preload()` to fetch it ahead of need. Once
 * loaded it draws at once: React.lazy suspends on its first render even when the chunk is
 * already there, which commits the layout with a fallback first and delays the screen's requests.
 */
export function preloadable<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(preload);
  function Screen(props: P) {
    // Chosen once per mount: switching from Lazy to the loaded type later would remount it.
    const [component] = useState(() => loaded ?? Lazy);
    return createElement(component, props);
  }
  return Object.assign(Screen, { preload });
}

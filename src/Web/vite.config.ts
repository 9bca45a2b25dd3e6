import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { trustedDocuments } from "./trustedDocuments.ts";

const server = "http://localhost:5080";

export default defineConfig({
  plugins: [react(), trustedDocuments()],
  build: {
    outDir: "../Silo/wwwroot",
    emptyOutDir: true,
    // Monaco (GraphiQL page only) is large by nature; the app chunks stay small.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: {
        app: "index.html",
        graphiql: "graphiql.html",
      },
      onwarn(warning, defaultHandler) {
        // graphiql ships React Compiler "use no memo" directives; dropping them when bundled is harmless.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        defaultHandler(warning);
      },
    },
  },
  // Monaco's workers are ES modules that import each other.
  worker: { format: "es" },
  server: {
    proxy: {
      "/graphql": server,
      "/exports": server,
      "/auth": server,
      "/health": server,
      "/hubs": { target: server, ws: true },
    },
  },
});

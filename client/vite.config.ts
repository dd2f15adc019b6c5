/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const API = process.env.D4D_API_URL ?? 'http://localhost:3000';
const SRC = fileURLToPath(new URL('./src/', import.meta.url));

export default defineConfig(({ command, mode }) => {
  // `vite build` makes what the server serves: React's production build and minified code
  // whatever NODE_ENV the shell has (NODE_ENV=development npm start, say). Vite lets the
  // config set it; `--mode development` still gives a development build on purpose.
  if (command === 'build' && mode === 'production') process.env.NODE_ENV = 'production';
  return {
    plugins: [react()],
    resolve: {
      alias: [
        { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
        // react-router's package points every bundler at its development build (warnings
        // included); it ships the production one beside it.
        ...(mode === 'production'
          ? [
              {
                find: /^react-router$/,
                replacement: fileURLToPath(
                  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
                ),
              },
            ]
          : []),
      ],
    },
    // The API beside the page: /graphql, and /auth where the refresh cookie goes (src/sessions/).
    server: {
      proxy: {
        '/graphql': { target: API, changeOrigin: true, ws: true },
        '/auth': { target: API, changeOrigin: true },
      },
    },
    preview: {
      proxy: {
        '/graphql': { target: API, changeOrigin: true, ws: true },
        '/auth': { target: API, changeOrigin: true },
      },
    },
    build: {
      // scripts/bundle-size.mjs reads it to sum what the first page loads.
      manifest: true,
      sourcemap: false,
      target: 'es2022',
      rollupOptions: {
        // The app's own modules run nothing when imported (no bare imports: lint's
        // import/no-unassigned-import and tsc's noUnusedLocals see to that), so a page that
        // takes one part of a feature's public index.ts gets that part's chunks, not every
        // module the index names.
        treeshake: {
          moduleSideEffects: (id: string) => !(id.startsWith(SRC) && /\.tsx?$/.test(id)),
        },
      },
    },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      css: false,
      restoreMocks: true,
    },
  };
});

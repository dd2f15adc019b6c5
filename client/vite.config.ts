/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

const API = process.env.D4D_API_URL ?? 'http://localhost:3000';

const config: UserConfig = {
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: { '/graphql': { target: API, changeOrigin: true, ws: true } },
  },
  preview: {
    proxy: { '/graphql': { target: API, changeOrigin: true, ws: true } },
  },
  build: {
    // scripts/bundle-size.mjs reads it to sum what the first page loads.
    manifest: true,
    sourcemap: false,
    target: 'es2022',
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
    // authorization.test.ts reads the server's policy, whose enums import @nestjs/graphql.
    alias: {
      '@nestjs/graphql': fileURLToPath(
        new URL('./src/test/nestjs-graphql-stub.ts', import.meta.url),
      ),
    },
  },
};

export default defineConfig(({ command, mode }) => {
  // `vite build` makes what the server serves: React's production build and minified code
  // whatever NODE_ENV the shell has (NODE_ENV=development npm start, say). Vite lets the
  // config set it; `--mode development` still gives a development build on purpose.
  if (command === 'build' && mode === 'production') process.env.NODE_ENV = 'production';
  return config;
});

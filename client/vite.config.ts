/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const API = process.env.D4D_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
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
});

# D4D Match: the image that docker-compose.yml builds.
# Client: the web client built by Vite (client/dist), served by the server at /.
# Build: compile TypeScript (dist/src/main.js, dist/migrations/*.js), then drop
# the development dependencies. Runtime: the compiled server as the non-root
# `node` user.

FROM node:20-bookworm-slim AS client
WORKDIR /app/client
COPY client/package.json client/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY client ./
# Type-checking is CI's job; the image only bundles.
RUN npx vite build --mode production && node scripts/bundle-size.mjs

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY nest-cli.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=client /app/client/dist ./client/dist
# Only used without DATABASE_URL (the embedded PostgreSQL); the code stays read-only.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
# Liveness: the process answers. Readiness with the database is GET /health.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/main.js"]

# syntax=docker/dockerfile:1.7
# CommunityRule: one image running `npm start` (migrations, Payload admin on an internal port, BFF +
# static site on $PORT). Three stages: dependencies, build (components bundle + admin `next build`),
# and a runtime that runs as the unprivileged `node` user with code owned by root (read-only to the
# app) and only the site output and Next's cache writable. Checked by tests/unit/dockerfile.test.ts.

# Pinned Node 20 LTS on Debian bookworm (same major as `engines` and CI); bump deliberately.
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY cms/package.json cms/
COPY functions/package.json functions/
COPY site/package.json site/
COPY components/package.json components/
# Dev dependencies are needed at run time too: the TypeScript sources run through tsx.
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
# The admin build needs a DATABASE_URL to import the config; it never connects.
RUN node components/build.mjs \
 && cd cms \
 && DATABASE_URL=postgres://build@127.0.0.1:1/none NEXT_TELEMETRY_DISABLED=1 npx next build \
 && rm -rf .next/cache

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    NEXT_TELEMETRY_DISABLED=1 \
    SITE_DIR=/app/site/_site
WORKDIR /app
COPY --from=build /app /app
# Writable by the app: the static site output (mount a shared volume here with N instances) and
# Next's runtime cache. Everything else stays root-owned.
RUN mkdir -p /app/site/_site /app/cms/.next/cache \
 && chown -R node:node /app/site/_site /app/cms/.next/cache
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node directly (no npm/npx wrapper), so SIGTERM reaches scripts/start.ts, which stops Next and the BFF cleanly.
CMD ["node", "--import", "tsx", "scripts/start.ts"]

# syntax=docker/dockerfile:1.7
# CommunityRule: one image running the compiled production start (`node dist/start.mjs`: migrations,
# seed of an empty database, full site build, Payload admin on an internal port, BFF + static site on
# $PORT). Stages: `deps` (every dependency, to build), `build` (`npm run build`: components bundle,
# admin `next build`, the server compiled into dist/), `prod-deps` (`npm ci --omit=dev`) and the
# runtime: production dependencies and the build output only — no TypeScript loader, no dev
# dependency — running as the unprivileged `node` user with code owned by root (read-only to the app)
# and only the site output and Next's cache writable. Checked by tests/unit/dockerfile.test.ts.

# Pinned Node 20 LTS on Debian bookworm (same major as `engines` and CI); bump deliberately.
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

FROM ${NODE_IMAGE} AS manifests
WORKDIR /app
COPY package.json package-lock.json ./
COPY core/package.json core/
COPY cms/package.json cms/
COPY functions/package.json functions/
COPY site/package.json site/
COPY components/package.json components/

FROM manifests AS deps
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund

FROM manifests AS prod-deps
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund

FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
# The admin build imports the Payload config, which needs a DATABASE_URL; scripts/build-admin.ts
# gives it a placeholder, and the build never connects.
RUN npm run build \
 && rm -rf cms/.next/cache

FROM ${NODE_IMAGE} AS runtime
# PAYLOAD_CONFIG_PATH is for maintenance with Payload's CLI (`npx payload migrate:status`); the server does not use it.
ENV NODE_ENV=production \
    PORT=3000 \
    NEXT_TELEMETRY_DISABLED=1 \
    SITE_DIR=/app/site/_site \
    PAYLOAD_CONFIG_PATH=cms/payload.config.ts
WORKDIR /app
COPY --from=prod-deps /app /app
# The compiled server, the components bundle and the admin build; the Eleventy templates and the
# admin's sources with the core package they import (for `npx payload migrate:status`, which loads the
# config) come as they are.
COPY --from=build /app/dist dist/
COPY --from=build /app/components/dist components/dist/
COPY core/ core/
COPY cms/ cms/
COPY --from=build /app/cms/.next cms/.next/
COPY site/ site/
# Writable by the app: the static site output (mount a shared volume here with N instances) and
# Next's runtime cache. Everything else stays root-owned.
RUN mkdir -p /app/site/_site /app/cms/.next/cache \
 && chown -R node:node /app/site/_site /app/cms/.next/cache
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node directly (no npm/npx wrapper), so SIGTERM reaches dist/start.mjs, which stops Next and the BFF cleanly.
CMD ["node", "dist/start.mjs"]

# syntax=docker/dockerfile:1
# Multi-stage build: dependencies and builds in one stage, a slim non-root runtime in the other.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY cms/package.json cms/
COPY functions/package.json functions/
COPY site/package.json site/
COPY components/package.json components/
RUN npm ci --no-audit --no-fund
COPY . .
RUN node components/build.mjs \
 && cd cms && DATABASE_URL=postgres://build@127.0.0.1:1/none NEXT_TELEMETRY_DISABLED=1 npx next build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s CMD node -e "fetch('http://127.0.0.1:3000/api/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["npx", "tsx", "scripts/start.ts"]

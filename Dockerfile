# Park Commons API image: build once, run with DATABASE_URL and JWT_SECRET.
# The image's Node is the same major as the `node` package that npm ci installs (package.json);
# the API runs on that package's binary, the release the tests ran on.
FROM node:26-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/check-node.mjs ./scripts/
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev --ignore-scripts

FROM node:26-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/prisma/migrations ./prisma/migrations
COPY package.json ./
USER node
EXPOSE 3000
# A 256 MB old space keeps RSS under 300 MB under load (bench/README.md); raise it with the container.
CMD ["node_modules/.bin/node", "--enable-source-maps", "--max-old-space-size=256", "--max-semi-space-size=32", "dist/apps/api/src/main.js"]

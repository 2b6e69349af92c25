# Pronto image. Runs the TypeScript sources through tsx (a runtime dependency), so there is no
# separate build output to drift from the sources.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json ./
COPY bin ./bin
COPY src ./src
COPY prompts ./prompts
COPY knowledge ./knowledge
COPY examples ./examples
USER node
ENTRYPOINT ["node", "bin/pronto.js"]
CMD ["replay", "--pretty", "--handle", "LumoAiuta", "examples/inbound.jsonl"]

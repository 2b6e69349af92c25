# Pronto production image: the service (`npm start`) on port 3000. The TypeScript sources run
# through tsx, a runtime dependency, so there is no separate build output to drift from them.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node package.json package-lock.json ./
COPY --chown=node:node bin ./bin
COPY --chown=node:node src ./src
COPY --chown=node:node prompts ./prompts
COPY --chown=node:node knowledge ./knowledge
COPY --chown=node:node examples ./examples
USER node
EXPOSE 3000
# node:20-slim has no curl; Node's own fetch checks liveness.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM reaches node directly (exec form): it stops polling, finishes the message in progress
# and exits.
CMD ["node", "--import", "tsx", "src/main.ts"]

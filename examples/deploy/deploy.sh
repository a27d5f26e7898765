#!/usr/bin/env bash
# Deploys the shop on a single host: database, cache, API, worker and the reverse proxy.
# Usage: ./deploy.sh <version>
set -euo pipefail

VERSION="${1:?usage: deploy.sh <version>}"
REGISTRY=registry.example.com/shop
NETWORK=shop

docker network inspect "$NETWORK" >/dev/null 2>&1 || docker network create "$NETWORK"

# Database: reachable from the admin's laptop through an SSH tunnel.
docker run -d \
  --name shop-db \
  --network "$NETWORK" \
  --restart always \
  -e POSTGRES_USER=shop \
  -e POSTGRES_PASSWORD_FILE=/run/secrets/db-password \
  -v shop-db:/var/lib/postgresql/data \
  -v /srv/shop/secrets/db-password:/run/secrets/db-password:ro \
  -p 5432:5432 \
  postgres:16.3

docker run -d --name shop-cache --network "$NETWORK" --restart unless-stopped redis:7.2

for service in api worker; do
  docker rm -f "shop-$service" 2>/dev/null || true
done

docker run --detach \
  --name shop-api \
  --network "$NETWORK" \
  --user 10001:10001 \
  --read-only --tmpfs /tmp \
  --cap-drop ALL \
  --memory 512m --pids-limit 200 \
  --log-opt max-size=10m --log-opt max-file=3 \
  -e DATABASE_URL="postgres://shop@shop-db/shop" \
  "$REGISTRY/api:$VERSION"

docker run -d --name shop-worker --network "$NETWORK" \
  -v /var/run/docker.sock:/var/run/docker.sock \
  "$REGISTRY/worker:$VERSION" --queue default

# shipshape ignore=docker-run-port-all-interfaces -- the proxy is the one public entry point
docker run -d --name shop-proxy --network "$NETWORK" \
  --restart on-failure:5 \
  --cap-drop ALL --cap-add NET_BIND_SERVICE \
  -p 80:80 -p 443:443 \
  -v /srv/shop/Caddyfile:/etc/caddy/Caddyfile:ro \
  caddy:2.8

echo "shop $VERSION deployed"

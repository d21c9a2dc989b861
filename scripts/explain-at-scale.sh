#!/usr/bin/env bash
# Seeds a 100,000-stakeholder park into a throw-away embedded PostgreSQL and checks that every
# directory filter and order is served by an index (npm run db:explain fails on a seq scan).
set -euo pipefail
scale=${SCALE:-100000}
dir=$(mktemp -d /tmp/park-scale-XXXXXX)
chmod 755 "$dir" # embedded PostgreSQL runs as the postgres OS user when we are root
trap 'rm -rf "$dir"' EXIT
export EMBEDDED_PG_DIR=$dir/pg EMBEDDED_PG_PORT=${EMBEDDED_PG_PORT:-54391}
unset DATABASE_URL
node dist/apps/api/src/cli/seed.js --stakeholders "$scale" --bookings "${BOOKINGS:-1000000}"
node dist/apps/api/src/cli/explain-queries.js

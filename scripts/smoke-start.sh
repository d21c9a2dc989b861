#!/usr/bin/env bash
# Starts the API the way the README does (embedded PostgreSQL, fresh data dir), runs the README's
# register → login → me round trip with curl, then sends SIGTERM and expects a clean exit 0.
set -euo pipefail
port=${SMOKE_PORT:-3999}
data_dir=$(mktemp -d /tmp/park-smoke-XXXXXX)
chmod 755 "$data_dir" # embedded PostgreSQL runs as the postgres OS user when we are root
log=$data_dir/api.log
url=http://127.0.0.1:$port/graphql

# A malformed variable stops the process with a message naming it.
if bad=$(PORT=eighty node dist/apps/api/src/main.js 2>&1); then echo "started with PORT=eighty"; exit 1; fi
[[ $bad == *'PORT:'* ]] || { echo "config error does not name PORT: $bad"; exit 1; }
echo "PORT=eighty refused: ${bad//$'\n'/ }"

# On another Node.js major (faked here) it refuses to start and says how to get the right one.
node_20='data:text/javascript,Object.defineProperty(process,"version",{value:"v20.20.2"})'
if bad=$(node --import "$node_20" dist/apps/api/src/main.js 2>&1); then echo "started on Node 20"; exit 1; fi
[[ $bad == *'npm ci'* ]] || { echo "the refusal does not say how to get the right Node: $bad"; exit 1; }
echo "Node 20 refused: $bad"

# The journeys sign up more people from 127.0.0.1 than REGISTER_LIMIT_PER_HOUR's default allows.
env -u DATABASE_URL PORT=$port EMBEDDED_PG_PORT=$((port + 50000)) REGISTER_LIMIT_PER_HOUR=1000 \
  MAIL_OUTBOX_DIR="$data_dir/mail" EMBEDDED_PG_DIR="$data_dir/pg" node dist/apps/api/src/main.js >"$log" 2>&1 &
pid=$!
trap 'kill -9 $pid 2>/dev/null || true; rm -rf "$data_dir"' EXIT

started=$(date +%s)
until curl -sf "http://127.0.0.1:$port/ready" >/dev/null; do
  if ! kill -0 $pid 2>/dev/null; then echo "API exited during start:"; cat "$log"; exit 1; fi
  if (( $(date +%s) - started > 60 )); then echo "API not ready within 60 s:"; tail -20 "$log"; exit 1; fi
  sleep 0.5
done
echo "ready after $(( $(date +%s) - started )) s"

gql() { curl -sf "$url" -H 'content-type: application/json' "$@"; }
gql -d '{"query":"mutation { register(input: { email: \"smoke@example.org\", password: \"smoke-test-password\", displayName: \"Smoke\" }) { user { id } } }"}' >/dev/null
token=$(gql -d '{"query":"mutation { login(input: { email: \"smoke@example.org\", password: \"smoke-test-password\" }) { accessToken } }"}' |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).data.login.accessToken))')
me=$(gql -H "authorization: Bearer $token" -d '{"query":"{ me { email } }"}')
echo "me: $me"
[[ $me == *'"email":"smoke@example.org"'* ]] || { echo "unexpected me answer"; exit 1; }
admin=$(gql -d '{"query":"mutation { login(input: { email: \"admin@parkcommons.example\", password: \"park-commons-demo\" }) { user { role } } }"}')
[[ $admin == *PARK_ADMIN* ]] || { echo "demo admin cannot log in: $admin"; exit 1; }

# In development a browser's GET /graphql is GraphiQL, with its script from this origin.
page=$(curl -sf "$url" -H 'accept: text/html')
[[ $page == *'<div id="graphiql">'* ]] || { echo "no GraphiQL page at $url: $page"; exit 1; }
curl -sf -o /dev/null "http://127.0.0.1:$port/graphiql/graphiql.js" || { echo "GraphiQL's script is not served"; exit 1; }
echo "GraphiQL served at $url"

# The same server serves the web console at / (and its app routes), with its scripts.
home=$(curl -sf "http://127.0.0.1:$port/stakeholders" -H 'accept: text/html')
[[ $home == *'<div id="root">'* ]] || { echo "no web console at /stakeholders: $home"; exit 1; }
script=$(grep -o '/assets/index-[A-Za-z0-9_-]*\.js' <<<"$home" | head -1)
curl -sf -o /dev/null "http://127.0.0.1:$port$script" || { echo "the console's script $script is not served"; exit 1; }
echo "web console served at http://127.0.0.1:$port/ ($script)"

node scripts/journeys/membership.mjs "$url"
node scripts/journeys/booking.mjs "$url"
node scripts/journeys/partnership.mjs "$url"
node scripts/journeys/project.mjs "$url"

# A login in flight (scrypt makes it take ~0.3 s) must still be answered after SIGTERM.
gql -d '{"query":"mutation { login(input: { email: \"smoke@example.org\", password: \"smoke-test-password\" }) { user { email } } }"}' >"$data_dir/inflight.json" &
inflight=$!
sleep 0.1
kill -TERM $pid
wait $inflight || { echo "the in-flight login was cut off by SIGTERM"; exit 1; }
grep -q smoke@example.org "$data_dir/inflight.json" || { echo "in-flight login failed: $(cat "$data_dir/inflight.json")"; exit 1; }
echo "in-flight request answered during shutdown"
status=0
wait $pid || status=$?
[[ $status == 0 ]] || { echo "API exited with $status after SIGTERM"; tail -20 "$log"; exit 1; }
grep -q 'stopped cleanly' "$log" || { echo "no clean-stop log line"; exit 1; }
echo "SIGTERM: drained and exited 0"

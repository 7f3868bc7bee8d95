#!/usr/bin/env bash
# Builds the plugin and starts it in Payara Micro with its embedded defaults: an H2 database kept
# in ./data (it survives restarts), two demo users, and the Graph simulator with a demo tenant that
# is connected as a portal and imported on first start. Stop it with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")"

PAYARA_VERSION=6.2025.10
PORT=${PORT:-8080}
SIMULATOR_PORT=${SIMULATOR_PORT:-8443}
DEMO_TENANT="1 250 12"   # seed, users, SKUs of the simulated demo tenant
DATA_DIR=${M365_DATA_DIR:-$PWD/data}
DEMO_USERS="admin:admin:m365-admin,viewer:viewer:m365-viewer"

echo "Building the plugin (tests skipped; run 'mvn verify' for those)..."
mvn -q -B -Dstyle.color=never -DskipTests install
mvn -q -B -Dstyle.color=never org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact=fish.payara.extras:payara-micro:${PAYARA_VERSION} -DoutputDirectory=target -Dmdep.stripVersion=true

mkdir -p "$DATA_DIR"
read -r SEED USERS SKUS <<< "$DEMO_TENANT"
SIMULATOR_JAR=m365-graph-simulator/target/m365-graph-simulator.jar
TRUST="$DATA_DIR/simulator-truststore.p12"
echo "Starting the Graph simulator on port ${SIMULATOR_PORT} (log: $DATA_DIR/simulator.log)..."
java -jar "$SIMULATOR_JAR" --port "$SIMULATOR_PORT" --seed "$SEED" --users "$USERS" --skus "$SKUS" \
    --truststore "$TRUST" --grow-every PT2M > "$DATA_DIR/simulator.log" 2>&1 &
simulator=$!

LOG="$DATA_DIR/server.log"
echo "Starting Payara Micro ${PAYARA_VERSION} on port ${PORT} (log: ${LOG})..."
java -Dm365.data-dir="$DATA_DIR" -Dm365.security.users="$DEMO_USERS" \
    -Dm365.tasks.import.interval=PT5M -Dm365.tasks.recalculation.interval=PT5M -Dm365.tasks.recalculation.offset=PT1M \
    -Dm365.graph.login-url="https://127.0.0.1:${SIMULATOR_PORT}" -Dm365.graph.url="https://127.0.0.1:${SIMULATOR_PORT}/v1.0" \
    -Dm365.tls.trust-store="$TRUST" -Dm365.tls.trust-store-password=changeit \
    -jar target/payara-micro.jar --deploy m365-plugin-ui/target/m365-plugin.war \
    --port "$PORT" --nocluster > "$LOG" 2>&1 &
server=$!
trap 'kill $server $simulator 2>/dev/null || true; wait $server $simulator 2>/dev/null || true' INT TERM EXIT

until grep -q "ready in" "$LOG"; do
    if ! kill -0 "$server" 2>/dev/null; then
        echo "Payara Micro stopped during start-up; the end of its log:" >&2
        tail -n 40 "$LOG" >&2
        exit 1
    fi
    sleep 1
done
if grep -q "SEVERE" "$LOG"; then
    echo "Warning: the server log reports errors (grep SEVERE $LOG)." >&2
fi
echo "Connecting the demo tenant and importing it (first start only)..."
DEMO=$(java -cp "$SIMULATOR_JAR" dev.itam.m365.simulator.DemoPortal "http://localhost:${PORT}/m365" admin admin $DEMO_TENANT)

cat <<BANNER

  Microsoft 365 licence plugin is running.

    URL          http://localhost:${PORT}/m365/
    REST API     http://localhost:${PORT}/m365/api/portals
    Demo logins  admin / admin    (role m365-admin: change and run)
                 viewer / viewer  (role m365-viewer: read only)
    Data         ${DATA_DIR} (embedded H2 database and secret key)

  The Graph simulator serves a demo tenant at https://127.0.0.1:${SIMULATOR_PORT}, connected as a
  portal and imported. To connect it once more as a second portal, use:
${DEMO}

  Try:  curl -u viewer:viewer http://localhost:${PORT}/m365/api/licences
  Stop with Ctrl+C.

BANNER
wait "$server"

#!/usr/bin/env bash
# Two portal nodes and nginx in front of them on this machine, on one MariaDB (README, "Several nodes").
# Needs: Java 21 or newer as `java` (or JAVA=/path/to/bin/java), the production jar (./mvnw -Pproduction -DskipTests package), nginx (apt-get install nginx) and the
# database's SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD in the environment. Users open http://<host>:8080/.
#   docs/deploy/two-nodes/run.sh start | stop | status
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR=${JAR:-target/cskh-portal-0.1.0-SNAPSHOT.jar}
RUN=${RUN:-target/two-nodes}
CONF=$PWD/docs/deploy/two-nodes/nginx.conf

start() {
    : "${SPRING_DATASOURCE_URL:?set SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) to the shared MariaDB}"
    mkdir -p "$RUN/logs"
    for node in 1 2; do
        # the proxy on this host sets X-Forwarded-For/-Proto: trusted, so throttling and the audit see the client
        setsid nohup "${JAVA:-java}" ${JAVA_OPTS:-} -jar "$JAR" --server.port=808$node --portal.node.route=node$node \
            --server.forward-headers-strategy=native "$@" > "$RUN/node$node.log" 2>&1 &
        echo $! > "$RUN/node$node.pid"
    done
    for node in 1 2; do
        until curl -fs -o /dev/null "http://127.0.0.1:808$node/actuator/health"; do
            kill -0 "$(cat "$RUN/node$node.pid")" 2>/dev/null || { echo "node$node stopped: see $RUN/node$node.log"; exit 1; }
            sleep 2
        done
        echo "node$node up on port 808$node"
    done
    nginx -p "$PWD/$RUN/" -c "$CONF"
    echo "nginx on port 8080, in front of both"
}

stop() {
    [ -f "$RUN/nginx.pid" ] && nginx -p "$PWD/$RUN/" -c "$CONF" -s quit || true
    for node in 1 2; do
        [ -f "$RUN/node$node.pid" ] && kill "$(cat "$RUN/node$node.pid")" 2>/dev/null || true
        rm -f "$RUN/node$node.pid"
    done
}

status() {
    for node in 1 2; do
        printf 'node%s: ' "$node"
        curl -fs "http://127.0.0.1:808$node/actuator/health" || printf 'down'
        echo
    done
}

command=${1:-status}
shift || true
"$command" "$@"

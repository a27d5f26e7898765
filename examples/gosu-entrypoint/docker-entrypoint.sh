#!/bin/sh
set -e
if [ "$(id -u)" = '0' ]; then
    chown -R redis:redis /data
    exec gosu redis "$0" "$@"
fi
exec "$@"

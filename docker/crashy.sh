#!/bin/sh
# The Docker image's entry point: java with the image's options (jvm.options) and the ahead-of-time cache made for the
# command. The preview command starts on a class path of its own, one jar of Crashy's classes and TwelveMonkeys'
# (preview.args, from preview-jar.sh): given every library, the JDK opens each of their jars the first time ImageIO
# starts (it looks for a logger provider), a fifth of a cold preview's time. Everything else (the bot) runs the thin
# jar.
# With CRASHY_AOT_TRAINING set, the run makes the cache instead of reading it (the Dockerfile's training runs), so the
# cache is made with exactly the command that uses it: a JVM given a cache made otherwise ignores it. A cache that is
# not there is not asked for (the JVM would print errors on stdout), so the script also runs on a Java before 25.
set -eu
home=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
cache() {
    if [ -n "${CRASHY_AOT_TRAINING:-}" ]; then
        echo "-XX:AOTCacheOutput=$home/$1"
    elif [ -f "$home/$1" ]; then
        echo "-XX:AOTCache=$home/$1"
    fi
}
# The preview command also makes arrays of 1 MB or more in the old generation: the picture (2.7 MB for 1280x720) and
# the decoder's buffers live until its end, and a young collection would copy them (about 1 % of a cold DWAA preview).
# Not for the bot, whose resident set it raised by about 10 MB.
if [ "${1:-}" = preview ]; then
    aot=$(cache preview.aot)
    exec "$java" "@$home/jvm.options" -XX:PretenureSizeThreshold=1m ${aot:+"$aot"} "@$home/preview.args" "$@"
fi
aot=$(cache crashy.aot)
exec "$java" "@$home/jvm.options" ${aot:+"$aot"} -jar "$home/crashy.jar" "$@"

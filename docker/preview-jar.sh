#!/bin/sh
# Makes the preview command's class path in a folder holding Spring Boot's extracted layout (crashy.jar, lib/):
# preview.jar, one jar of Crashy's classes (without the thin jar's Class-Path, which names every library) and the
# classes of TwelveMonkeys' jars (lib/imageio-*.jar, lib/common-*.jar), all the preview needs (PreviewClassPathTest),
# with their META-INF/services lists joined; and preview.args, the java arguments that start the command on it.
# One jar rather than ten: starting ImageIO makes the JDK look for a System.LoggerFinder in every jar on the class
# path, which a cold preview paid for each (a cold 1080p DWAA preview took 9 ms less with one). A jar rather than a
# folder of classes, because an ahead-of-time cache takes jars only.
# Usage: preview-jar.sh HOME      Needs: a JDK's jar tool
set -eu
home=$(cd "${1:?usage: $0 HOME}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/classes" "$work/services"
unpack() {
    rm -rf "$work/jar" && mkdir "$work/jar"
    (cd "$work/jar" && jar xf "$1")
    if [ -d "$work/jar/META-INF/services" ]; then
        for list in "$work/jar/META-INF/services"/*; do
            { cat "$list" && echo; } >>"$work/services/$(basename "$list")"
        done
    fi
    rm -rf "$work/jar/META-INF"
    cp -R "$work/jar/." "$work/classes/"
}
unpack "$home/crashy.jar"
for library in "$home"/lib/imageio-*.jar "$home"/lib/common-*.jar; do
    unpack "$library"
done
mkdir -p "$work/classes/META-INF/services"
cp "$work/services"/* "$work/classes/META-INF/services/" 2>/dev/null || true
rm -f "$home/preview.jar"
jar --create --file "$home/preview.jar" -C "$work/classes" .
echo "-cp $home/preview.jar crashy.CrashyApplication" > "$home/preview.args"

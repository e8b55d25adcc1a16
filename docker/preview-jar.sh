#!/bin/sh
# Makes the preview command's class path in a folder holding Spring Boot's extracted layout (crashy.jar, lib/):
# preview.jar, Crashy's classes without the thin jar's Class-Path (which names every library), and preview.args, the
# java arguments that start the command on it with TwelveMonkeys' jars, all the preview needs (PreviewClassPathTest).
# A jar rather than a folder of classes, because an ahead-of-time cache takes jars only.
# Usage: preview-jar.sh HOME      Needs: a JDK's jar tool
set -eu
home=$(cd "${1:?usage: $0 HOME}" && pwd)
classes=$(mktemp -d)
trap 'rm -rf "$classes"' EXIT
(cd "$classes" && jar xf "$home/crashy.jar" && rm META-INF/MANIFEST.MF)
rm -f "$home/preview.jar"
jar --create --file "$home/preview.jar" -C "$classes" .
libraries=$(cd "$home" && ls lib/imageio-*.jar lib/common-*.jar | sed "s|^|:$home/|" | tr -d '\n')
echo "-cp $home/preview.jar$libraries crashy.CrashyApplication" > "$home/preview.args"

#!/usr/bin/env bash
# Writes the frames the Docker image previews once while it is built, so that the JVM's ahead-of-time cache
# (docker/Dockerfile, -XX:AOTCacheOutput) holds every class a preview loads: each EXR compression, scanline and
# tiled, and a PNG for the other image formats. Synthetic pictures, made with oiiotool; nothing is committed.
#
# Usage: training-frames.sh OUTDIR      Needs: oiiotool (Debian: apt-get install openimageio-tools)
set -euo pipefail
out=${1:?usage: $0 OUTDIR}
command -v oiiotool >/dev/null || { echo "oiiotool not found (apt-get install openimageio-tools)" >&2; exit 2; }
mkdir -p "$out"
O="oiiotool --nosoftwareattrib"
# Wider than a preview (1280 px) so that the downscaling is trained too; HDR values, an alpha channel, render noise.
size=1440x810
$O --pattern fill:topleft=0.02,0.02,0.05:topright=4,1,0.2:bottomleft=0.1,0.8,0.1:bottomright=0.5,0.5,3 $size 3 \
   --pattern checker:width=90:height=90:color1=1,1,1:color2=0.25,0.25,0.25 $size 3 --mul \
   --noise:type=gaussian:mean=0:stddev=0.01:seed=1 --ch R,G,B,A=1.0 -d half -o "$out/base.exr"
for c in none rle zips zip piz pxr24 b44 b44a dwaa dwab; do
  $O "$out/base.exr" -d half --compression "$c" -o "$out/training_scan_$c.exr"
  $O "$out/base.exr" -d half --tile 64 64 --compression "$c" -o "$out/training_tile64_$c.exr"
done
$O "$out/base.exr" -d float --compression zip -o "$out/training_float_zip.exr"
$O "$out/base.exr" --colorconvert linear sRGB -d uint8 -o "$out/training.png"
rm "$out/base.exr"

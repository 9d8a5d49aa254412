#!/usr/bin/env bash
# Installs what the test lanes need from Debian's packages, when missing: PostgreSQL, Chromium, CJK fonts, and for the
# annual report's PDF: LibreOffice Writer (headless, no GUI), poppler-utils (pdffonts) and the Fandol fonts, with the
# fontconfig aliases that map the GB/T 9704 font names to them (scripts/fonts/65-fazhi-gbt9704.conf).
set -euo pipefail
cd "$(dirname "$0")"
need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql postgresql-contrib)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || need+=(fonts-noto-cjk)  # not grep -q: with pipefail its early exit fails the pipe
command -v python3 >/dev/null 2>&1 || need+=(python3)
command -v libreoffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdffonts >/dev/null 2>&1 || need+=(poppler-utils)
# texlive-lang-chinese is the Debian package that carries FandolFang/FandolKai (仿宋/楷体 stand-ins).
ls /usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf >/dev/null 2>&1 || need+=(texlive-lang-chinese)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# The font aliases: system-wide as root, else for this user.
if [ "$(id -u)" -eq 0 ]; then fontconf=/etc/fonts/conf.d; else fontconf="${XDG_CONFIG_HOME:-$HOME/.config}/fontconfig/conf.d"; fi
mkdir -p "$fontconf"
if ! cmp -s fonts/65-fazhi-gbt9704.conf "$fontconf/65-fazhi-gbt9704.conf"; then
  cp fonts/65-fazhi-gbt9704.conf "$fontconf/65-fazhi-gbt9704.conf"
  fc-cache -f >/dev/null 2>&1 || true
fi
fc-match "仿宋_GB2312" | grep FandolFang >/dev/null || { echo "fontconfig does not map 仿宋_GB2312 to FandolFang"; exit 1; }

cd ..
dotnet tool restore >/dev/null

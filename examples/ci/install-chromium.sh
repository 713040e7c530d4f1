#!/bin/sh
# Installs headless Chromium (Debian's "chromium" package) for the report test in examples
# (ReportBrowserTest), where it is missing and root or sudo is available. It never fails the
# build: without a browser, that test is skipped and says why.
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ]; then
    echo "install-chromium: chromium is already installed"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-chromium: no apt-get here; the report's browser test will be skipped"
    exit 0
fi
if [ "$(id -u)" = "0" ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
else
    echo "install-chromium: neither root nor password-less sudo; the report's browser test will be skipped"
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
if $SUDO apt-get install -y -q chromium >/dev/null 2>&1 \
        || { $SUDO apt-get update -q >/dev/null 2>&1 && $SUDO apt-get install -y -q chromium >/dev/null 2>&1; }; then
    echo "install-chromium: installed $(chromium --version 2>/dev/null)"
else
    echo "install-chromium: could not install chromium; the report's browser test will be skipped"
fi
exit 0

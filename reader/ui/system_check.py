"""Before the window opens: say which system library or display is missing, not a Qt abort.

Qt's xcb platform plugin needs X11 libraries that a minimal Linux install may lack; without
them Qt prints a cryptic "could not load the Qt platform plugin" and aborts.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

# Library file -> the Debian/Ubuntu package that provides it.
DEBIAN_PACKAGES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def xcb_plugin() -> Path | None:
    # Only to find Qt's plugin folder: the check runs before anything loads Qt itself.
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def missing_libraries(library: Path) -> list[str]:
    """Shared libraries the dynamic linker cannot find for this file."""
    if shutil.which("ldd") is None:
        return []
    result = subprocess.run(["ldd", str(library)], capture_output=True, text=True, check=False)
    return [line.split()[0] for line in result.stdout.splitlines() if "not found" in line]


def problems() -> list[str]:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or platform in ("offscreen", "minimal", "vnc"):
        return []
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return ["No display found (DISPLAY is not set). Run on a desktop, or under xvfb-run."]
    plugin = xcb_plugin()
    missing = missing_libraries(plugin) if plugin and platform != "wayland" else []
    if not missing:
        return []
    packages = sorted({DEBIAN_PACKAGES.get(name, name) for name in missing})
    return [
        "Qt cannot open a window: these system libraries are missing: " + ", ".join(missing),
        "On Debian or Ubuntu: sudo apt-get install " + " ".join(packages),
    ]


def main() -> int:
    found = problems()
    for line in found:
        print(line, file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

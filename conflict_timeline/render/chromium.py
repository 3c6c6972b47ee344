"""Headless Chromium as a subprocess: the page's DOM after its scripts ran, or a screenshot.

No Python browser driver: the chromium binary alone (Debian package `chromium`).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

ENV_BINARY = "CONFLICT_TIMELINE_CHROMIUM"
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
TIMEOUT = 60.0
# Offline and quiet: no first-run UI, no background fetches, no DNS (we only open file://).
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-quic", "--no-first-run", "--no-default-browser-check",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-extensions", "--mute-audio", "--hide-scrollbars",
    "--host-resolver-rules=MAP * ~NOTFOUND",
)


class ChromiumError(RuntimeError):
    """Chromium is missing, timed out or failed."""


def find_chromium() -> str | None:
    """$CONFLICT_TIMELINE_CHROMIUM, else the first Chromium/Chrome on PATH."""
    explicit = os.environ.get(ENV_BINARY)
    if explicit:
        return shutil.which(explicit)
    return next((found for name in CANDIDATES if (found := shutil.which(name))), None)


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def run_headless(page: Path, *args: str, fragment: str = "", timeout: float = TIMEOUT) -> bytes:
    """Run headless Chromium on `page`#`fragment` with `args`; its stdout (stderr is noise)."""
    binary = find_chromium()
    if binary is None:
        raise ChromiumError("no chromium binary found (apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        url = page.resolve().as_uri() + (f"#{fragment}" if fragment else "")
        command = [binary, *FLAGS, f"--user-data-dir={profile}", *args, url]
        # Its own process group, so a hung browser and all its helpers can be killed at once.
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            out, _ = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired as error:
            _kill_group(process.pid)
            process.communicate()
            raise ChromiumError(f"chromium took more than {timeout:.0f} s") from error
        finally:
            _kill_group(process.pid)  # helpers left behind by a crashed browser
    if process.returncode != 0:
        raise ChromiumError(f"chromium exited with status {process.returncode}")
    return out


def dump_dom(page: Path, fragment: str = "", timeout: float = TIMEOUT) -> str:
    """The serialized DOM once the page loaded and its inline scripts ran."""
    out = run_headless(page, "--dump-dom", fragment=fragment, timeout=timeout)
    return out.decode("utf-8", "replace")


def screenshot(page: Path, width: int = 1200, height: int = 800,
               timeout: float = TIMEOUT) -> bytes:
    """A PNG of the page's first `width` x `height` pixels."""
    with tempfile.TemporaryDirectory(prefix="chromium-shot-") as folder:
        target = Path(folder) / "shot.png"
        run_headless(page, f"--screenshot={target}", f"--window-size={width},{height}",
                     timeout=timeout)
        if not target.is_file():
            raise ChromiumError("chromium wrote no screenshot")
        return target.read_bytes()

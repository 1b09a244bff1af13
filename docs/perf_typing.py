#!/usr/bin/env python3
"""Typing through a real terminal (tmux 100x30): for each key sent, how long
until the screen settles, i.e. the last change of the pane within `window`
seconds of the key (the letter's echo and its results both count). Used by
docs/perf.sh for the app's Ideas search and for fzf over the same titles.

  perf_typing.py SOCKET 'COMMAND' READY_TEXT 'KEYS BEFORE' 'KEYS AFTER' QUERY [QUERY...]

KEYS AFTER leave the program (the app closes its store cleanly: a store not
closed is checked in full at its next opening).

Prints one line: p50 p95 max (ms) and the number of keys.
"""
import os, subprocess, sys, time

sock, command, ready, before, after, queries = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6:]
window = 0.35


def tmux(*args):
    return subprocess.run(["tmux", "-L", sock, *args], capture_output=True, text=True).stdout


def pane():
    return tmux("capture-pane", "-p", "-t", "t")


def wait_for(text, limit=30):
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if text in pane():
            return
        time.sleep(0.02)
    sys.exit(f"{text!r} did not show within {limit} s:\n{pane()}")


def settle(seen, t0):
    """Polls the pane after a key sent at t0 (seen: the pane before it);
    returns seconds to its last change."""
    last = t0
    changed = False
    while True:
        now = time.monotonic()
        if now - last > window or now - t0 > 3:
            break
        p = pane()
        if p != seen:
            seen, last, changed = p, time.monotonic(), True
    return (last - t0) if changed else None


tmux("kill-server")
tmux("new-session", "-d", "-s", "t", "-x", "100", "-y", "30", command)
try:
    wait_for(ready, 60)
    for k in before.split():
        tmux("send-keys", "-t", "t", k)
        time.sleep(0.5)
    time.sleep(1)
    lat = []
    for q in queries:
        for ch in q:
            seen = pane()
            t0 = time.monotonic()
            tmux("send-keys", "-t", "t", "-l", ch)
            s = settle(seen, t0)
            if s is not None:
                lat.append(s * 1000)
            elif os.environ.get("PERF_TYPING_DEBUG"):
                print(f"no change after {ch!r}", file=sys.stderr)
        tmux("send-keys", "-t", "t", "C-u")
        time.sleep(0.5)
    if os.environ.get("PERF_TYPING_DEBUG"):
        print(pane(), file=sys.stderr)
    for k in after.split():
        tmux("send-keys", "-t", "t", k)
        time.sleep(0.3)
    end = time.monotonic() + 20
    while time.monotonic() < end and subprocess.run(["tmux", "-L", sock, "has-session", "-t", "t"], capture_output=True).returncode == 0:
        time.sleep(0.05)
finally:
    tmux("kill-server")
lat.sort()
pick = lambda p: lat[min(len(lat) - 1, int(p * (len(lat) - 1) + 0.5))]
print(f"{pick(0.5):.0f} {pick(0.95):.0f} {lat[-1]:.0f} {len(lat)}")

#!/usr/bin/env python3
"""Runs a command and prints the CPU time it and the children it waited for took, in seconds (user + system,
to the microsecond), and their peak resident memory in kilobytes.

usage: measure.py OUT ERR COMMAND [ARGUMENT...]

The command's standard output is appended to OUT and its standard error to ERR. It is started with posix_spawn, so
no copy of this interpreter is counted, and its time is read from wait4: the kernel keeps the sum of user and system
time exactly, where /usr/bin/time prints each in whole hundredths of a second. Exits with the command's status.
"""
import os
import shutil
import sys


def main() -> int:
    if len(sys.argv) < 4:
        print(__doc__.strip().splitlines()[3], file=sys.stderr)
        return 2
    out, err, command = sys.argv[1], sys.argv[2], sys.argv[3:]
    path = shutil.which(command[0])
    if path is None:
        print(f"measure.py: {command[0]}: command not found", file=sys.stderr)
        return 127
    flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
    actions = [(os.POSIX_SPAWN_OPEN, 1, out, flags, 0o644), (os.POSIX_SPAWN_OPEN, 2, err, flags, 0o644)]
    pid = os.posix_spawn(path, command, os.environ, file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    print(f"{usage.ru_utime + usage.ru_stime:.6f} {usage.ru_maxrss}")
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main())

"""Runs many AWS CLI commands in one Python process, through the same entry point as /usr/bin/aws.

The AWS CLI needs seconds to import on a busy machine, so the tests start it once. Input on stdin:
a JSON array of argument lists (each one is what would follow `aws` on a command line). Output on
stdout: a JSON array with, for each command, its exit code and what it wrote to stdout and stderr.
"""

import contextlib
import io
import json
import sys

from awscli.clidriver import create_clidriver


def run(args):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = create_clidriver().main(args)
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 1
    return {"code": code, "stdout": out.getvalue(), "stderr": err.getvalue()}


def main():
    commands = json.load(sys.stdin)
    json.dump([run(args) for args in commands], sys.stdout)


if __name__ == "__main__":
    main()

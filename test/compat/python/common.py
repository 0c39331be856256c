# Shared by the compat suites' Python scripts (test/compat/*.test.ts run them with Debian's
# /usr/bin/python3, which kills them on timeout). A script's argument is one JSON object on its
# stdin (argv is too small for a few thousand records). Records cross the process boundary as JSON:
# {"topic", "partition", "key", "value", "headers": [[k, v]], "timestamp"} with text keys, values
# and header values (None for null). Each script prints one JSON document as its last line.
import json
import sys
import time


def args():
    """The script's one argument: a JSON object on stdin."""
    return json.loads(sys.stdin.read())


def emit(doc):
    print(json.dumps(doc), flush=True)


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


def text(b):
    if b is None:
        return None
    return b.decode('utf-8') if isinstance(b, (bytes, bytearray)) else str(b)


def data(s):
    return None if s is None else s.encode('utf-8')


class Deadline:
    """Raises TimeoutError naming the step when a step takes longer than its budget."""

    def __init__(self, seconds, step):
        self.until = time.monotonic() + seconds
        self.step = step

    def check(self, detail=''):
        if time.monotonic() > self.until:
            raise TimeoutError(f'timed out: {self.step} {detail}')

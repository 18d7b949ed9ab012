"""python -m viz: run the command, then end the process without tearing the interpreter down object by object."""
import atexit
import os
import sys
import threading

from viz.cli import main

code = main()
if any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
    sys.exit(code)  # a thread still working: the usual exit waits for it
# A check of a million rows leaves ~1 GB of tables and row numbers: freeing them one by one at exit takes ~0.3 s
# for nothing. Exit handlers still run (a browser started for images is stopped), every output is flushed.
atexit._run_exitfuncs()
for stream in (sys.stdout, sys.stderr):
    try:
        stream.flush()
    except (OSError, ValueError):  # a reader that went away, a closed stream: as the usual exit, nothing to add
        pass
os._exit(code)

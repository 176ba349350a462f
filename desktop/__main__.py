import multiprocessing
import sys

from desktop.cli import main

if __name__ == "__main__":  # not when a reader process started by the importer loads this module
    multiprocessing.freeze_support()  # a frozen build must let the importer's reader processes start
    sys.exit(main())

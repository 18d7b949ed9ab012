"""One module per `python -m viz` subcommand: each has add_parser(subparsers) and run(args) -> exit code."""

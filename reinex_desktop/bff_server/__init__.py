"""A contract-faithful web backend (BFF) over a real tenant database, for tests and trying BFF mode.

Run it with one command::

    python -m reinex_desktop.bff_server --database-url postgresql://postgres@127.0.0.1/clinic \
        --port 8765 --token T

then point the desktop's connection dialog at http://127.0.0.1:8765 with organization `demo-org`
(or `--org-id`) and token T.
"""

from reinex_desktop.bff_server.app import ServerConfig, build_app
from reinex_desktop.bff_server.auth import Member
from reinex_desktop.bff_server.faults import Fault, FaultPlan
from reinex_desktop.bff_server.runner import ServerThread

__all__ = ["Fault", "FaultPlan", "Member", "ServerConfig", "ServerThread", "build_app"]

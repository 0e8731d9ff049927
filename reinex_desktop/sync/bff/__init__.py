"""The web backend (BFF) gateway: httpx, bearer token, the conventions of the web sibling.

The API the desktop needs is written down in `openapi.yaml` beside this module; the test server
`reinex_desktop.bff_server` implements it.
"""

from reinex_desktop.sync.bff.gateway import BffGateway

__all__ = ["BffGateway"]

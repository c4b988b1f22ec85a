"""Patient-education kiosk: blood-cancer treatment explained in plain words."""

from importlib import metadata

try:
    __version__ = metadata.version("bloodcancer-kiosk")
except metadata.PackageNotFoundError:  # running from a source tree or a frozen build
    __version__ = "0.1.0"

"""Patient-education kiosk: blood-cancer treatment explained in plain words."""

# Written here and in pyproject.toml (the build scripts read it there); a test keeps the
# two the same. Not read with importlib.metadata: that scans every installed package and
# cost the kiosk about 20 ms and 2 MB at each start.
__version__ = "0.1.0"

"""Qt-free I/O beside the core: files, the usage database, content packs, logging,
the supervisor and where bundled resources are. Imports the core, never Qt."""

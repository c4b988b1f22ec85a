"""The composition package: start-up, the wiring of services into the Qt interface,
crash handling, the heartbeat and the collector policy. The only place that knows every
other layer."""

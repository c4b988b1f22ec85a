"""The Qt Widgets user interface: views hold layout, controllers hold behaviour."""

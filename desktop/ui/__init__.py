"""The Qt layer: windows, table models, dialogs. Thin: the work is done by desktop.core and desktop.exchange."""

"""The Qt window: thin views over nnbuilder.spec that display what nnbuilder.engine reports."""

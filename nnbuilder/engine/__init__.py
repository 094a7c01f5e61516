"""The work behind the window and the command line: data, model building, training. No Qt."""

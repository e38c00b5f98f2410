"""The journey board: a graphics scene of steps, lanes and post-its, and the view that edits it."""

"""Molt IR: typed basic blocks of ops on registers, the form every frontend produces."""

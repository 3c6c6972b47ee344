"""Benchmarks behind ``make bench``: accuracy and speed of our stages against peers.

``python -m bench`` runs every stage (today: the temporal tagger) and writes the figures to
``.bench/`` so that a later run can be compared with this one.
"""

"""Placing rows in départements: codes, names, postal codes, coordinates."""

"""Hearing French: the espeak-ng player, the P keys and the card's buttons, Settings ▸ Speech."""

"""The retagging chain's rules (rules) and their switches (switches); retagging orders and
indexes them."""

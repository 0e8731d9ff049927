"""The charging engine (plan §5.4): what a lesson costs, who pays it, and why, step by step.

Pure functions over `Decimal`; the settings they read are the `"Settings"` keys parsed in
`charging.settings`. The engine's answer is written once on the participant (`price_charged`,
`pricing_breakdown`) and never recomputed silently.
"""

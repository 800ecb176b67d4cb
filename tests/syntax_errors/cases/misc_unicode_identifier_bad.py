x = a·b ⁿ + ∞

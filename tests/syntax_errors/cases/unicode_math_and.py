x = a ∧ b

alpha = 1
print(zeta_omega_long)

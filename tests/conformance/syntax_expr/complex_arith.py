z = 3 + 4j
w = 1 - 2j
print(z, w, z + w, z - w, z * w)
print(z / w)
print(abs(z), z.real, z.imag, z.conjugate())
print(z == complex(3, 4), 1j * 1j)
print(complex(2), complex(0, 0), -z)
print(2j ** 2, (1 + 1j) ** 2)
print(complex("1+2j"), complex(1.5, -0.5))
print(type(z).__name__, type(z.real).__name__)
print(z * 2, z * 2.5, 2 + z)
print(0j, -0j, 1j)
print(z != w, z == 3 + 4.0j)
print(repr(complex(1, -0.0)))

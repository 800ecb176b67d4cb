user_name = "ada"
print(f"hello {usr_name}")

text = "abc"
text.frobnicate_everything()

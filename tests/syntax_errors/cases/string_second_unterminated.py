a = "abc" "def

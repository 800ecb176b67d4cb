count = 10
count.reall = 2

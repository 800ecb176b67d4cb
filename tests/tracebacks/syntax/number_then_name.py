# A name run into a number is an invalid decimal literal.
width = 10px

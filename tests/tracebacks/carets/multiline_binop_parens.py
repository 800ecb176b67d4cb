count = 3
label = "items"
text = (
    label
    + count
)

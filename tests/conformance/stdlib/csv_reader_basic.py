import csv
import io

text = 'id,name,comment\r\n1,Ann,"hello, world"\r\n2,"Bob ""B"" Smith",\r\n3,Cy,"two\nlines"\r\n\r\n4,Di,last'
reader = csv.reader(io.StringIO(text, newline=""))
for row in reader:
    print(reader.line_num, row)
print(list(csv.reader(["a,b\n", "c,d\n"])))
print(list(csv.reader(["", "\n", "x"])))
print(list(csv.reader(['"unterminated'])))
print(list(csv.reader(['a,"b"c,d'])))
print(list(csv.reader(["  a,  b", ' "q",x'], skipinitialspace=True)))
print(list(csv.reader(["a\tb\tc"], dialect="excel-tab")))
print(list(csv.reader(["a|b|c"], delimiter="|")))
print(list(csv.reader(["'x,y',z"], quotechar="'")))
print(list(csv.reader(['a\\,b,c\\"d'], escapechar="\\", quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['"a\\"b",c'], escapechar="\\")))
print(list(csv.reader(['"a"b"c"'], doublequote=False)))
print(list(csv.reader(['1,2.5,"x",-3'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['"a,b",c'], quoting=csv.QUOTE_NONE)))

from a import b,


"""Source text to AST: the lark grammar, the indenter, string literals and syntax errors."""

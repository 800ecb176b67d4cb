area = lambda side, *side: side * side

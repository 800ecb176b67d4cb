# kind 2: SystemExit with a huge int code and a huge str code
raise SystemExit(10 ** 4000)

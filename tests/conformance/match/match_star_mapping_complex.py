def route(req):
    match req:
        case {"method": "GET", "path": ["users", uid], **params}:
            return f"get user {uid} params={sorted(params)}"
        case {"method": "POST", "path": ["users"], "body": {"name": str(n)}}:
            return f"create user {n}"
        case {"method": "DELETE" | "PURGE" as m, "path": [*parts]}:
            return f"{m.lower()} {'/'.join(parts)}"
        case {"method": m}:
            return f"unsupported {m}"
print(route({"method": "GET", "path": ["users", "7"], "q": 1, "sort": "x"}))
print(route({"method": "POST", "path": ["users"], "body": {"name": "zed"}}))
print(route({"method": "POST", "path": ["users"], "body": {"name": 5}}))
print(route({"method": "PURGE", "path": ["cache", "all"]}))
print(route({"path": []}))

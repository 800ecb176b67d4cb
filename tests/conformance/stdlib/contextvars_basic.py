import contextvars

request_id = contextvars.ContextVar("request_id", default="none")
user = contextvars.ContextVar("user")
print(request_id.get(), request_id.name)
try:
    user.get()
except LookupError:
    print("LookupError")
print(user.get("fallback"))
token = request_id.set("abc")
print(request_id.get(), token.var is request_id, token.old_value is contextvars.Token.MISSING)
request_id.reset(token)
print(request_id.get())
try:
    request_id.reset(token)
except RuntimeError:
    print("RuntimeError: token used twice")


def handler(value):
    request_id.set(value)
    return request_id.get()


context = contextvars.copy_context()
print(context.run(handler, "inside"), request_id.get(), context[request_id])
print(request_id in context, len(context) >= 1, context.get(user, "absent"))
token = user.set("ann")
second = contextvars.copy_context()
user.set("bob")
print(second[user], user.get())
user.reset(token)
print(user.get("unset again"))

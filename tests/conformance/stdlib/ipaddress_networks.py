import ipaddress

for text in ["192.168.1.10", "10.0.0.1", "8.8.8.8", "127.0.0.1", "::1", "2001:db8::8a2e:370:7334", "fe80::1"]:
    ip = ipaddress.ip_address(text)
    print(ip, ip.version, ip.is_private, ip.is_loopback, ip.is_global, int(ip), ip.exploded)

net = ipaddress.ip_network("192.168.0.0/22")
print(net, net.num_addresses, net.netmask, net.hostmask, net.broadcast_address, net.prefixlen)
print([str(s) for s in net.subnets(new_prefix=24)], net.supernet(prefixlen_diff=2))
print(ipaddress.ip_address("192.168.2.7") in net, ipaddress.ip_address("192.168.4.1") in net)
hosts = list(ipaddress.ip_network("10.1.1.0/29").hosts())
print(len(hosts), hosts[0], hosts[-1])
iface = ipaddress.ip_interface("172.16.5.4/20")
print(iface, iface.network, iface.ip, iface.with_netmask)
print(list(ipaddress.collapse_addresses([ipaddress.ip_network(n) for n in ["10.0.0.0/25", "10.0.0.128/25", "10.0.1.0/24"]])))
print(list(ipaddress.summarize_address_range(ipaddress.IPv4Address("10.0.0.5"), ipaddress.IPv4Address("10.0.0.20"))))
print(sorted([ipaddress.ip_address("10.0.0.2"), ipaddress.ip_address("9.255.255.255"), ipaddress.ip_address("10.0.0.10")]))
print(ipaddress.ip_address("10.0.0.1") + 255, ipaddress.IPv6Address(1) + 2**64)
v6 = ipaddress.ip_network("2001:db8::/32")
print(v6.compressed, v6[1], v6.num_addresses == 2**96)
for bad in ["300.1.1.1", "1.2.3", "::g", "10.0.0.0/33", "10.0.0.1/24"]:
    try:
        print(ipaddress.ip_network(bad))
    except ValueError as error:
        print(bad, type(error).__name__)
print(ipaddress.ip_network("10.0.0.1/24", strict=False))

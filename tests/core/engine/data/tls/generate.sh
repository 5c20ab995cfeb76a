#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the TLS fixtures of tst_tls (run inside tools/shell; needs openssl). Valid for 100 years.
# ca.pem signs server.pem (127.0.0.1, localhost) and cert.pem (client); wrong-ca.pem signs nothing here.
set -eu
cd "$(dirname "$0")"
days=36500
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tmp/ca-key.pem" -out ca.pem -days $days -subj "/CN=Dockwright test CA"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tmp/wrong-key.pem" -out wrong-ca.pem -days $days -subj "/CN=Some other CA"
openssl req -newkey rsa:2048 -nodes -keyout server-key.pem -out "$tmp/server.csr" -subj "/CN=localhost"
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' > "$tmp/server.ext"
openssl x509 -req -in "$tmp/server.csr" -CA ca.pem -CAkey "$tmp/ca-key.pem" -CAcreateserial -out server.pem -days $days -extfile "$tmp/server.ext"
openssl req -newkey rsa:2048 -nodes -keyout key.pem -out "$tmp/client.csr" -subj "/CN=dockwright-client"
printf 'extendedKeyUsage=clientAuth\n' > "$tmp/client.ext"
openssl x509 -req -in "$tmp/client.csr" -CA ca.pem -CAkey "$tmp/ca-key.pem" -CAcreateserial -out cert.pem -days $days -extfile "$tmp/client.ext"
rm -f ca.srl

FROM alpine AS build
RUN <<EOF
set -e
apk add --no-cache gcc
EOF
RUN <<-"SCRIPT" sh
	echo "$HOME stays literal"
	SCRIPT
COPY <<one.txt <<two.txt /out/
first
one.txt
second
two.txt
RUN python3 <<PY > /out/gen.txt
print("generated")
PY
FROM scratch
COPY --from=build /out /

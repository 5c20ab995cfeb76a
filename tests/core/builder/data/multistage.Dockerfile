ARG GREETING=hello
FROM dockwright-test/busybox AS builder
ARG GREETING
WORKDIR /work
COPY input.txt /work/input.txt
RUN echo "$GREETING from builder" > /work/out.txt && cat /work/out.txt

FROM dockwright-test/busybox
COPY --from=builder /work/out.txt /out.txt
RUN echo "stdout line" && echo "stderr line" >&2
LABEL org.example.k=v

# syntax=docker/dockerfile:1
# A sample with an embedded shell script — and a non-ASCII comment: café
ARG PYTHON_VERSION=3.13
FROM python:${PYTHON_VERSION}-slim AS builder
ENV PYTHONUNBUFFERED=1 \
    PATH="/app/.venv/bin:$PATH"
WORKDIR /app
RUN --mount=type=cache,target=/root/.cache/pip \
    if [ -f requirements.txt ]; then \
        pip install --no-cache-dir -r requirements.txt; \
    fi && echo "done: $HOME" > /tmp/log 2>&1
COPY --chown=app:app . /app

FROM scratch
COPY --from=builder /app /app
EXPOSE 8080/tcp
HEALTHCHECK --interval=30s CMD ["/app/health"]
CMD ["python", "-m", "app"]

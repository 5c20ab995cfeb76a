FROM alpine:3.20
RUN sudo apk add curl
CMD echo hi

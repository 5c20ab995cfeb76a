FROM dockwright-test/busybox
RUN echo before
RUN echo failing-now && exit 3
RUN echo never

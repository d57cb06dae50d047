/*
 * Open-loop HTTP/1.1 GET load at a fixed rate, for latency tails without a second JVM on the machine.
 *
 * Request i is due at start + i / rate and its latency is measured from that due time, not from when a
 * connection was free to send it (no coordinated omission). Requests go round a pool of keep-alive
 * connections; a request due while every connection is busy waits, and the wait counts.
 *
 * usage: fixed_rate_get <host> <port> <api-key> <paths-file> <rate> <warm-up s> <seconds> [connections]
 * paths-file: one request path per line, picked at random (fixed seed).
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define BUF 65536

typedef struct {
    int fd;
    int busy;
    int64_t due_ns;   /* when the request in flight was due */
    int measured;
    char in[BUF];
    size_t in_len;
} conn_t;

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t) ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int cmp_i64(const void *a, const void *b) {
    int64_t x = *(const int64_t *) a, y = *(const int64_t *) b;
    return x < y ? -1 : x > y;
}

static int open_conn(const char *host, int port) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons(port)};
    if (inet_pton(AF_INET, strcmp(host, "localhost") == 0 ? "127.0.0.1" : host, &addr.sin_addr) != 1) {
        fprintf(stderr, "fixed_rate_get: '%s' is not an IPv4 address\n", host);
        exit(2);
    }
    if (connect(fd, (struct sockaddr *) &addr, sizeof addr) != 0) {
        perror("fixed_rate_get: connect");
        exit(1);
    }
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    fcntl(fd, F_SETFL, O_NONBLOCK);
    return fd;
}

/* Length of one complete response at the start of buf (Content-Length or chunked), 0 if not complete yet. */
static size_t complete_response(const char *buf, size_t len, int *status) {
    const char *end = memmem(buf, len, "\r\n\r\n", 4);
    if (end == NULL) {
        return 0;
    }
    size_t head = (size_t) (end - buf) + 4;
    *status = atoi(buf + 9);
    const char *cl = memmem(buf, head, "content-length:", 15);
    if (cl == NULL) {
        cl = memmem(buf, head, "Content-Length:", 15);
    }
    if (cl != NULL) {
        size_t body = strtoul(cl + 15, NULL, 10);
        return len >= head + body ? head + body : 0;
    }
    const char *last = memmem(buf + head, len - head, "0\r\n\r\n", 5);   /* chunked */
    return last == NULL ? 0 : (size_t) (last - buf) + 5;
}

int main(int argc, char **argv) {
    if (argc < 8) {
        fprintf(stderr, "usage: %s <host> <port> <api-key> <paths-file> <rate> <warm-up s> <seconds> [connections]\n", argv[0]);
        return 2;
    }
    const char *host = argv[1];
    int port = atoi(argv[2]);
    const char *key = argv[3];
    double rate = atof(argv[5]);
    double warmup = atof(argv[6]);
    double seconds = atof(argv[7]);
    int nconn = argc > 8 ? atoi(argv[8]) : 32;

    FILE *f = fopen(argv[4], "r");
    if (f == NULL) {
        perror("fixed_rate_get: paths file");
        return 2;
    }
    size_t npaths = 0, cap = 1024;
    char **paths = malloc(cap * sizeof *paths);
    char line[1024];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = 0;
        if (!*line) continue;
        if (npaths == cap) paths = realloc(paths, (cap *= 2) * sizeof *paths);
        paths[npaths++] = strdup(line);
    }
    fclose(f);
    if (npaths == 0) {
        fprintf(stderr, "fixed_rate_get: no paths in %s\n", argv[4]);
        return 2;
    }

    int ep = epoll_create1(0);
    conn_t *conns = calloc(nconn, sizeof *conns);
    for (int i = 0; i < nconn; i++) {
        conns[i].fd = open_conn(host, port);
        struct epoll_event ev = {.events = EPOLLIN, .data.u32 = i};
        epoll_ctl(ep, EPOLL_CTL_ADD, conns[i].fd, &ev);
    }

    long total = (long) ((warmup + seconds) * rate);
    long warm = (long) (warmup * rate);
    int64_t *lat = malloc(sizeof(int64_t) * (total - warm + 1));
    long nlat = 0, errors = 0, sent = 0, done = 0, backlog_max = 0;
    int64_t interval = (int64_t) (1e9 / rate);
    int64_t start = now_ns() + 10000000LL;
    uint64_t rng = 42;
    char req[2048];

    while (done < total) {
        int64_t now = now_ns();
        int blocked = 0;
        /* send everything due, while a connection is free */
        while (sent < total && start + sent * interval <= now) {
            int c = -1;
            for (int i = 0; i < nconn; i++) {
                if (!conns[i].busy) { c = i; break; }
            }
            if (c < 0) {
                long backlog = (now - (start + sent * interval)) / interval;
                if (sent >= warm && backlog > backlog_max) backlog_max = backlog;   /* the measured part only */
                blocked = 1;
                break;
            }
            rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
            int n = snprintf(req, sizeof req, "GET %s HTTP/1.1\r\nHost: %s:%d\r\nX-Api-Key: %s\r\n\r\n",
                             paths[rng % npaths], host, port, key);
            if (write(conns[c].fd, req, n) != n) {
                perror("fixed_rate_get: write");
                return 1;
            }
            conns[c].busy = 1;
            conns[c].due_ns = start + sent * interval;
            conns[c].measured = sent >= warm;
            sent++;
        }
        int64_t next = sent < total ? start + sent * interval : now + 1000000LL;
        int timeout_ms = (int) ((next - now_ns()) / 1000000LL);
        if (timeout_ms < 0) timeout_ms = 0;
        if (blocked) timeout_ms = 10;   /* nothing can go out until a response frees a connection */
        struct epoll_event events[64];
        int n = epoll_wait(ep, events, 64, timeout_ms);
        for (int e = 0; e < n; e++) {
            conn_t *c = &conns[events[e].data.u32];
            ssize_t r = read(c->fd, c->in + c->in_len, BUF - c->in_len);
            if (r <= 0) {
                if (r < 0 && errno == EAGAIN) continue;
                fprintf(stderr, "fixed_rate_get: the server closed a connection\n");
                return 1;
            }
            c->in_len += (size_t) r;
            int status = 0;
            size_t used = complete_response(c->in, c->in_len, &status);
            if (used > 0) {
                int64_t t = now_ns();
                if (c->measured) {
                    lat[nlat++] = t - c->due_ns;
                    if (status < 200 || status >= 300) errors++;
                }
                memmove(c->in, c->in + used, c->in_len - used);
                c->in_len -= used;
                c->busy = 0;
                done++;
            }
        }
    }
    qsort(lat, nlat, sizeof *lat, cmp_i64);
#define PCT(p) (lat[(long) ((p) * (nlat - 1))] / 1e6)
    printf("%ld requests at %.0f/s for %.0f s (after %.0f s warm-up) over %d connections: "
           "p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms, errors %ld, most requests waiting for a connection %ld\n",
           nlat, rate, seconds, warmup, nconn, PCT(0.5), PCT(0.99), PCT(0.999), lat[nlat - 1] / 1e6, errors, backlog_max);
    return errors > 0;
}

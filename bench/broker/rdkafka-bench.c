/*
 * A lean librdkafka client for bench/broker: what kcat does minus kcat's own per-record work (reading
 * lines from a file, formatting output), so the figures show what the broker can take and serve when
 * the client costs little — as librdkafka's own rdkafka_performance tool is used. Built by
 * bench/broker/rdkafka.ts with the system C compiler against Debian's librdkafka-dev.
 *
 *   rdkafka-bench produce BOOTSTRAP TOPIC RECORDS SIZE [key=value ...]
 *     RECORDS records of SIZE bytes, values taken from a ring of distinct prepared records (not
 *     copied: librdkafka sends them from the ring), partitioner's choice, until every delivery
 *     report arrived. Any failed delivery is reported and the exit code is 1.
 *   rdkafka-bench consume BOOTSTRAP TOPIC RECORDS [key=value ...]
 *     Assigns every partition of TOPIC from the beginning and reads, a batch of messages per call,
 *     until RECORDS records arrived, checking that offsets within each partition follow one another.
 *
 * key=value pairs are librdkafka settings. Prints on stdout a line "start" when its clock starts and a
 * line "end" when it stops (so that the caller can sample the broker's CPU over the same window), then
 * one line of JSON: records, bytes (values only), seconds (first produce call to last delivery report,
 * or assignment to last record), cpuSeconds (this process, user + system, whole run).
 */
#include <librdkafka/rdkafka.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <time.h>

#define RING 4096
#define BATCH 4096

static long long delivered = 0, failed = 0;
static char first_error[512] = "";

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double cpu_seconds(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 + (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
}

/* Tells the caller, at once, that the timed window starts or ends. */
static void mark(const char *what) {
  puts(what);
  fflush(stdout);
}

static void die(const char *what, const char *why) {
  fprintf(stderr, "rdkafka-bench: %s: %s\n", what, why);
  exit(2);
}

static rd_kafka_conf_t *config(const char *bootstrap, int argc, char **argv) {
  char err[512];
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  if (rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap, err, sizeof err) != RD_KAFKA_CONF_OK) die("bootstrap.servers", err);
  for (int i = 0; i < argc; i++) {
    char *eq = strchr(argv[i], '=');
    if (eq == NULL) die(argv[i], "expected key=value");
    *eq = '\0';
    if (rd_kafka_conf_set(conf, argv[i], eq + 1, err, sizeof err) != RD_KAFKA_CONF_OK) die(argv[i], err);
  }
  return conf;
}

static void on_delivery(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque) {
  (void)rk;
  (void)opaque;
  if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
    delivered++;
  } else {
    if (failed++ == 0) snprintf(first_error, sizeof first_error, "%s", rd_kafka_err2str(m->err));
  }
}

static int produce(const char *bootstrap, const char *topic, long long records, size_t size, int argc, char **argv) {
  char err[512];
  rd_kafka_conf_t *conf = config(bootstrap, argc, argv);
  rd_kafka_conf_set_dr_msg_cb(conf, on_delivery);
  rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
  if (rk == NULL) die("producer", err);
  rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic, NULL);
  char *ring = malloc(RING * size);
  if (ring == NULL) die("ring", "out of memory");
  for (size_t r = 0; r < RING; r++) {
    char *v = ring + r * size;
    for (size_t j = 0; j < size; j++) v[j] = (char)('a' + (r + j) % 26);
    char head[32];
    int n = snprintf(head, sizeof head, "%zu ", r);
    memcpy(v, head, (size_t)n < size ? (size_t)n : size);
  }
  double start = now_seconds();
  mark("start");
  for (long long i = 0; i < records; i++) {
    char *value = ring + (size_t)(i % RING) * size;
    while (rd_kafka_produce(rkt, RD_KAFKA_PARTITION_UA, 0, value, size, NULL, 0, NULL) == -1) {
      rd_kafka_resp_err_t e = rd_kafka_last_error();
      if (e != RD_KAFKA_RESP_ERR__QUEUE_FULL) die("produce", rd_kafka_err2str(e));
      rd_kafka_poll(rk, 10);
    }
    if ((i & 1023) == 0) rd_kafka_poll(rk, 0);
  }
  while (delivered + failed < records) rd_kafka_poll(rk, 50);
  double seconds = now_seconds() - start;
  mark("end");
  rd_kafka_topic_destroy(rkt);
  rd_kafka_destroy(rk);
  free(ring);
  if (failed > 0) {
    fprintf(stderr, "rdkafka-bench: %lld of %lld deliveries failed, the first: %s\n", failed, records, first_error);
    return 1;
  }
  printf("{\"records\":%lld,\"bytes\":%lld,\"seconds\":%.6f,\"cpuSeconds\":%.3f}\n", delivered, delivered * (long long)size, seconds, cpu_seconds());
  return 0;
}

static int consume(const char *bootstrap, const char *topic, long long records, int argc, char **argv) {
  char err[512];
  rd_kafka_conf_t *conf = config(bootstrap, argc, argv);
  if (rd_kafka_conf_set(conf, "group.id", "rdkafka-bench", err, sizeof err) != RD_KAFKA_CONF_OK) die("group.id", err);
  if (rd_kafka_conf_set(conf, "enable.auto.commit", "false", err, sizeof err) != RD_KAFKA_CONF_OK) die("enable.auto.commit", err);
  rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
  if (rk == NULL) die("consumer", err);
  rd_kafka_poll_set_consumer(rk);
  rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic, NULL);
  const struct rd_kafka_metadata *md;
  rd_kafka_resp_err_t e = rd_kafka_metadata(rk, 0, rkt, &md, 10000);
  if (e != RD_KAFKA_RESP_ERR_NO_ERROR) die("metadata", rd_kafka_err2str(e));
  if (md->topic_cnt != 1 || md->topics[0].err != RD_KAFKA_RESP_ERR_NO_ERROR) die(topic, "no such topic");
  int partitions = md->topics[0].partition_cnt;
  rd_kafka_metadata_destroy(md);
  rd_kafka_topic_destroy(rkt);
  rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(partitions);
  for (int p = 0; p < partitions; p++) rd_kafka_topic_partition_list_add(list, topic, p)->offset = RD_KAFKA_OFFSET_BEGINNING;
  int64_t *next = calloc((size_t)partitions, sizeof *next);
  long long count = 0, bytes = 0;
  double start = now_seconds();
  mark("start");
  if ((e = rd_kafka_assign(rk, list)) != RD_KAFKA_RESP_ERR_NO_ERROR) die("assign", rd_kafka_err2str(e));
  rd_kafka_topic_partition_list_destroy(list);
  rd_kafka_queue_t *queue = rd_kafka_queue_get_consumer(rk);
  rd_kafka_message_t *batch[BATCH];
  while (count < records) {
    long long want = records - count < BATCH ? records - count : BATCH; /* the call waits for a full batch */
    ssize_t n = rd_kafka_consume_batch_queue(queue, 1000, batch, (size_t)want);
    if (n < 0) die("consume", rd_kafka_err2str(rd_kafka_last_error()));
    for (ssize_t i = 0; i < n; i++) {
      rd_kafka_message_t *m = batch[i];
      if (m->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF) die("consume", rd_kafka_message_errstr(m));
      } else {
        if (m->partition < 0 || m->partition >= partitions || m->offset != next[m->partition]) {
          fprintf(stderr, "rdkafka-bench: partition %" PRId32 ": offset %" PRId64 " where %" PRId64 " was next\n", m->partition, m->offset, m->partition >= 0 && m->partition < partitions ? next[m->partition] : -1);
          exit(1);
        }
        next[m->partition] = m->offset + 1;
        count++;
        bytes += (long long)m->len;
      }
      rd_kafka_message_destroy(m);
    }
  }
  double seconds = now_seconds() - start;
  mark("end");
  rd_kafka_queue_destroy(queue);
  rd_kafka_consumer_close(rk);
  rd_kafka_destroy(rk);
  free(next);
  printf("{\"records\":%lld,\"bytes\":%lld,\"seconds\":%.6f,\"cpuSeconds\":%.3f}\n", count, bytes, seconds, cpu_seconds());
  return 0;
}

int main(int argc, char **argv) {
  if (argc >= 6 && strcmp(argv[1], "produce") == 0) return produce(argv[2], argv[3], atoll(argv[4]), (size_t)atoll(argv[5]), argc - 6, argv + 6);
  if (argc >= 5 && strcmp(argv[1], "consume") == 0) return consume(argv[2], argv[3], atoll(argv[4]), argc - 5, argv + 5);
  fprintf(stderr, "usage: rdkafka-bench produce BOOTSTRAP TOPIC RECORDS SIZE [key=value ...]\n       rdkafka-bench consume BOOTSTRAP TOPIC RECORDS [key=value ...]\n");
  return 2;
}

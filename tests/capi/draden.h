/* Shared by the threaded C tests: one result per thread, the first failure
 * kept with ki_last_error(), and starting and joining n threads. */
#ifndef KI_TEST_DRADEN_H
#define KI_TEST_DRADEN_H

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "klantinteracties.h"

struct result {
  int index;
  int failures;
  char first[512];
};

static void failed(struct result* r, const char* what) {
  if (r->failures++ == 0)
    snprintf(r->first, sizeof r->first, "%s (ki_last_error: %s)", what, ki_last_error());
}

/* Runs body(&results[i]) on n threads and CHECKs that none failed. */
static void run_threads(int n, pthread_t* threads, struct result* results,
                        void* (*body)(void*)) {
  int i;
  for (i = 0; i < n; ++i) {
    memset(&results[i], 0, sizeof results[i]);
    results[i].index = i;
    CHECK(pthread_create(&threads[i], NULL, body, &results[i]) == 0);
  }
  for (i = 0; i < n; ++i) {
    CHECK(pthread_join(threads[i], NULL) == 0);
    if (!CHECK(results[i].failures == 0))
      fprintf(stderr, "    thread %d: %d failures, first: %s\n", i, results[i].failures,
              results[i].first);
  }
}

#endif

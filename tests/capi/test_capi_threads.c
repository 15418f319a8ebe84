/* ki_validate and friends from several threads at once, while another thread
 * keeps replacing the process-wide reference lists and clock: every verdict
 * stays right, and ki_last_error() stays per thread. */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draden.h"
#include "harness.h"
#include "klantinteracties.h"

#define THREADS 8
#define ROUNDS 300

static const char* const PARTIJ_OK = "{\"soortPartij\":\"persoon\",\"indicatieActief\":true}";
static const char* const PARTIJ_PARAMS =
    "\"invalidParams\":[{\"name\":\"soortPartij\",\"code\":\"required\",\"reason\":\"Dit veld is "
    "vereist.\"},{\"name\":\"indicatieActief\",\"code\":\"required\",\"reason\":\"Dit veld is "
    "vereist.\"}]}";

static char* g_digitaal_adres;
static char* g_kanalen;
static pthread_mutex_t g_stop_lock = PTHREAD_MUTEX_INITIALIZER;
static int g_stop; /* guarded by g_stop_lock */

static int stopped(void) {
  int stop;
  pthread_mutex_lock(&g_stop_lock);
  stop = g_stop;
  pthread_mutex_unlock(&g_stop_lock);
  return stop;
}

static void* reader(void* arg) {
  struct result* r = (struct result*)arg;
  char unknown[64], *doc, *out;
  int i, rc;
  snprintf(unknown, sizeof unknown, "Onbekend%d", r->index);
  for (i = 0; i < ROUNDS; ++i) {
    doc = NULL;
    if (ki_validate(&doc, "Partij", PARTIJ_OK, NULL, NULL) != KI_OK || doc) failed(r, "Partij ok");
    rc = ki_validate(&doc, "Partij", "{}", NULL, NULL);
    if (rc != KI_EINVALID || !doc || !strstr(doc, PARTIJ_PARAMS)) failed(r, "Partij {}");
    ki_free(doc);
    if (ki_validate(NULL, "DigitaalAdres", g_digitaal_adres, NULL, "strict") != KI_OK)
      failed(r, "DigitaalAdres");
    rc = ki_validate(&doc, "Partij", "{", NULL, NULL);
    if (rc != KI_EPARSE || !doc || !strstr(doc, "parse_error")) failed(r, "malformed");
    ki_free(doc);
    /* the message is this thread's own */
    if (ki_validate(NULL, unknown, "{}", NULL, NULL) != KI_EUNKNOWN_TYPE) failed(r, "unknown");
    if (!strstr(ki_last_error(), unknown)) failed(r, "ki_last_error of another thread");
    out = NULL;
    if (ki_normalise(&out, "Partij", "{\"indicatie_actief\":true}") != KI_OK || !out ||
        strcmp(out, "{\"indicatieActief\":true}") != 0)
      failed(r, "normalise");
    ki_free(out);
  }
  return NULL;
}

static void* writer(void* arg) {
  int* rounds = (int*)arg;
  while (!stopped()) {
    if (ki_referentielijsten_load(NULL, "kanaal", g_kanalen) != KI_OK) break;
    if (ki_set_clock(INT64_C(1767225600)) != KI_OK) break;
    if (ki_referentielijsten_reset() != KI_OK) break;
    if (ki_set_clock(KI_CLOCK_SYSTEM) != KI_OK) break;
    ++*rounds;
  }
  return NULL;
}

int main(void) {
  pthread_t threads[THREADS], writer_thread;
  struct result results[THREADS];
  int writer_rounds = 0;

  g_digitaal_adres = harness_data("requests/DigitaalAdres.json");
  g_kanalen = harness_data("referentielijsten/kanaal_items.json");

  CHECK(pthread_create(&writer_thread, NULL, writer, &writer_rounds) == 0);
  run_threads(THREADS, threads, results, reader);
  pthread_mutex_lock(&g_stop_lock);
  g_stop = 1;
  pthread_mutex_unlock(&g_stop_lock);
  CHECK(pthread_join(writer_thread, NULL) == 0);
  CHECK(writer_rounds > 0);
  printf("%d threads x %d rounds; the writer replaced the lists %d times\n", THREADS, ROUNDS,
         writer_rounds);

  CHECK_STATUS(ki_referentielijsten_reset(), KI_OK);
  free(g_digitaal_adres);
  free(g_kanalen);
  return harness_summary("capi.threads");
}

/* One register handle used by several threads at once: each thread creates
 * partijen, reads, patches and lists them, and runs C9018 steps; in the end
 * every write is there exactly once and ki_last_error() stayed per thread. */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draden.h"
#include "harness.h"
#include "json_hulp.h"
#include "klantinteracties.h"

#define THREADS 6
#define ROUNDS 40

static ki_register* g_reg;
static char g_medewerker[37];

static void* worker(void* arg) {
  struct result* r = (struct result*)arg;
  char body[512], uuid[37], unknown[64], *out;
  int i;
  snprintf(unknown, sizeof unknown, "Onbekend%d", r->index);
  for (i = 0; i < ROUNDS; ++i) {
    out = NULL;
    snprintf(body, sizeof body,
             "{\"soortPartij\":\"organisatie\",\"indicatieActief\":true,"
             "\"interneNotitie\":\"thread %d round %d\"}",
             r->index, i);
    if (ki_register_create(&out, g_reg, "Partij", body) != KI_OK || !first_uuid(out, uuid)) {
      failed(r, "create");
      ki_free(out);
      continue;
    }
    ki_free(out);
    if (ki_register_get(&out, g_reg, "partijen", uuid, NULL) != KI_OK || !strstr(out, uuid))
      failed(r, "get");
    ki_free(out);
    if (ki_register_patch(NULL, g_reg, "Partij", uuid, "{\"voorkeurstaal\":\"eng\"}") != KI_OK)
      failed(r, "patch");
    if (ki_register_list(&out, g_reg, "partijen", "{\"pageSize\":\"5\"}") != KI_OK)
      failed(r, "list");
    ki_free(out);
    if (ki_register_create(&out, g_reg, "Partij", "{}") != KI_EINVALID ||
        !strstr(out, "soortPartij"))
      failed(r, "invalid create");
    ki_free(out);
    /* the message is this thread's own */
    if (ki_register_get(&out, g_reg, unknown, uuid, NULL) != KI_EUNKNOWN_TYPE)
      failed(r, "unknown type");
    if (!strstr(ki_last_error(), unknown)) failed(r, "ki_last_error of another thread");
    if (i % 10 == 0) {
      snprintf(body, sizeof body,
               "{\"medewerker\":\"%s\",\"klantcontact\":{\"onderwerp\":\"Productaanvraag\"},"
               "\"klant\":{\"variant\":\"alleen-contactgegevens\",\"contactnaam\":"
               "{\"achternaam\":\"Deurne\"}},\"productaanvraag\":"
               "\"7d2f9f7c-1b7e-4d8e-9b61-1f0b3f6a2c11\"}",
               g_medewerker);
      if (ki_register_case(&out, g_reg, "c9018", body) != KI_OK) failed(r, "c9018");
      ki_free(out);
      out = NULL;
      if (ki_register_export_snapshot(&out, g_reg) != KI_OK) failed(r, "export");
      ki_free(out);
    }
  }
  return NULL;
}

int main(void) {
  pthread_t threads[THREADS];
  struct result results[THREADS];
  char *out = NULL, expected[64];

  CHECK_STATUS(ki_register_new(&g_reg, NULL), KI_OK);
  CHECK_STATUS(create_uuid(g_reg, "actoren",
                           "{\"naam\":\"Fatima Yilmaz\",\"soortActor\":\"medewerker\","
                           "\"indicatieActief\":true,\"actorIdentificatie\":{\"functie\":\"KCC\","
                           "\"emailadres\":\"f.yilmaz@gemeente.example.nl\","
                           "\"telefoonnummer\":\"0701234567\"}}",
                           g_medewerker),
               KI_OK);
  run_threads(THREADS, threads, results, worker);
  /* every create is there once: ROUNDS partijen per thread */
  CHECK_STATUS(ki_register_list(&out, g_reg, "partijen", "{\"pageSize\":\"1\"}"), KI_OK);
  snprintf(expected, sizeof expected, "{\"count\":%d,", THREADS * ROUNDS);
  CHECK(out && strncmp(out, expected, strlen(expected)) == 0);
  ki_free(out);
  CHECK_STATUS(ki_register_list(&out, g_reg, "klantcontacten", "{\"pageSize\":\"1\"}"), KI_OK);
  snprintf(expected, sizeof expected, "{\"count\":%d,", THREADS * ((ROUNDS + 9) / 10));
  CHECK(out && strncmp(out, expected, strlen(expected)) == 0);
  ki_free(out);
  printf("%d threads x %d rounds on one register\n", THREADS, ROUNDS);
  ki_register_free(g_reg);
  return harness_summary("capi.register_threads");
}

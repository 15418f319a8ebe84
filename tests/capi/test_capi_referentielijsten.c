/* ki_referentielijsten_load, ki_referentielijsten_reset and ki_set_clock:
 * the process-wide reference lists that ki_validate judges against. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "klantinteracties.h"

/* 2026-01-01T00:00:00Z and 2030-01-01T00:00:00Z */
#define T_2026 INT64_C(1767225600)
#define T_2030 INT64_C(1893456000)

static int kanaal_status(const char* kanaal, char** doc) {
  char body[512];
  snprintf(body, sizeof body,
           "{\"kanaal\":\"%s\",\"onderwerp\":\"Parkeervergunning\",\"taal\":\"nld\","
           "\"vertrouwelijk\":false,\"indicatieContactGelukt\":true}",
           kanaal);
  return ki_validate(doc, "Klantcontact", body, NULL, NULL);
}

static void test_kanaal(void) {
  char* items = harness_data("referentielijsten/kanaal_items.json");
  char* doc = (char*)"not touched";

  /* the default, as Open Klant: no kanaal check */
  CHECK_STATUS(kanaal_status("expired_phone", NULL), KI_OK);
  CHECK_STATUS(kanaal_status("wat-dan-ook", NULL), KI_OK);

  CHECK_STATUS(ki_set_clock(T_2026), KI_OK);
  CHECK_STATUS(ki_referentielijsten_load(&doc, "kanaal", items), KI_OK);
  CHECK(doc == NULL);
  CHECK_STR(ki_last_error(), "");
  /* KI-KAN-003 at 2026-01-01: begin inclusive, eind exclusive */
  CHECK_STATUS(kanaal_status("phone", NULL), KI_OK);
  CHECK_STATUS(kanaal_status("email", NULL), KI_OK);
  CHECK_STATUS(kanaal_status("no_dates", NULL), KI_OK);
  CHECK_STATUS(kanaal_status("no_begin_future_eind", NULL), KI_OK);
  CHECK_STATUS(kanaal_status("future_email", NULL), KI_EINVALID);
  CHECK_STATUS(kanaal_status("expired_phone", &doc), KI_EINVALID);
  CHECK_CONTAINS(doc,
                 "\"invalidParams\":[{\"name\":\"kanaal\",\"code\":\"invalid\",\"reason\":"
                 "\"'expired_phone' is not a valid kanaal. Allowed values: no_dates, "
                 "no_begin_future_eind, phone, email\"}]");
  ki_free(doc);

  /* the clock moves: phone has expired in 2030 */
  CHECK_STATUS(ki_set_clock(T_2030), KI_OK);
  CHECK_STATUS(kanaal_status("phone", NULL), KI_EINVALID);
  CHECK_STATUS(kanaal_status("email", NULL), KI_OK);
  /* back to the system clock (now: after 2025-10-25, before 2029-10-25) */
  CHECK_STATUS(ki_set_clock(KI_CLOCK_SYSTEM), KI_OK);
  CHECK_STATUS(kanaal_status("email", NULL), KI_OK);
  CHECK_STATUS(kanaal_status("future_email", NULL), KI_EINVALID);

  /* a clock out of range changes nothing */
  CHECK_STATUS(ki_set_clock(T_2030), KI_OK);
  CHECK_STATUS(ki_set_clock(KI_CLOCK_RANGE + 1), KI_EINVAL);
  CHECK_CONTAINS(ki_last_error(), "ki_set_clock: 9000000001 is out of range");
  CHECK_STATUS(ki_set_clock(-KI_CLOCK_RANGE - 1), KI_EINVAL);
  CHECK_STATUS(kanaal_status("phone", NULL), KI_EINVALID);
  CHECK_STATUS(ki_set_clock(-KI_CLOCK_RANGE), KI_OK); /* the bounds themselves are fine */
  CHECK_STATUS(ki_set_clock(KI_CLOCK_RANGE), KI_OK);
  CHECK_STATUS(ki_set_clock(T_2026), KI_OK);

  /* a failing load changes nothing */
  CHECK_STATUS(ki_referentielijsten_load(&doc, "kanaal", "{\"results\": 5}"), KI_EINVALID);
  ki_free(doc);
  CHECK_STATUS(kanaal_status("phone", NULL), KI_OK);
  CHECK_STATUS(kanaal_status("expired_phone", NULL), KI_EINVALID);

  /* the lijst name in any letter case; a new list replaces the old one */
  CHECK_STATUS(
      ki_referentielijsten_load(NULL, "KANAAL",
                                "[{\"code\":\"balie\",\"naam\":\"Balie\",\"indicatieActief\":true},"
                                "{\"code\":\"fax\",\"naam\":\"Fax\",\"indicatieActief\":false}]"),
      KI_OK);
  CHECK_STATUS(kanaal_status("balie", NULL), KI_OK);
  CHECK_STATUS(kanaal_status("fax", NULL), KI_EINVALID);
  CHECK_STATUS(kanaal_status("phone", NULL), KI_EINVALID);

  /* an empty list: kanaal is checked and nothing is valid (KI-KAN-006 text) */
  CHECK_STATUS(ki_referentielijsten_load(NULL, "kanaal", "[]"), KI_OK);
  CHECK_STATUS(kanaal_status("balie", &doc), KI_EINVALID);
  CHECK_CONTAINS(doc, "No channels to validate `kanaal` were found");
  ki_free(doc);

  /* reset: the built-in lists, kanaal check off; the clock stays */
  CHECK_STATUS(ki_referentielijsten_reset(), KI_OK);
  CHECK_STATUS(kanaal_status("expired_phone", NULL), KI_OK);
  CHECK_STATUS(ki_referentielijsten_load(NULL, "kanaal", items), KI_OK);
  CHECK_STATUS(kanaal_status("phone", NULL), KI_OK); /* still 2026 */
  CHECK_STATUS(ki_set_clock(T_2030), KI_OK);
  CHECK_STATUS(kanaal_status("phone", NULL), KI_EINVALID);

  CHECK_STATUS(ki_referentielijsten_reset(), KI_OK);
  CHECK_STATUS(ki_set_clock(KI_CLOCK_SYSTEM), KI_OK);
  CHECK_STATUS(kanaal_status("expired_phone", NULL), KI_OK);
  free(items);
}

static void test_land(void) {
  const char* partij =
      "{\"soortPartij\":\"persoon\",\"indicatieActief\":true,"
      "\"bezoekadres\":{\"land\":\"XK\"}}";
  char* landen = harness_data("referentielijsten/landen_vng.json");
  CHECK_STATUS(ki_validate(NULL, "Partij", partij, NULL, NULL), KI_OK);
  CHECK_STATUS(ki_referentielijsten_load(NULL, "land", landen), KI_OK);
  CHECK_STATUS(ki_referentielijsten_load(NULL, "Land", landen), KI_OK);
  CHECK_STATUS(ki_referentielijsten_reset(), KI_OK);
  CHECK_STATUS(ki_validate(NULL, "Partij", partij, NULL, NULL), KI_OK);
  free(landen);
}

static void test_every_list_name(void) {
  static const char* const names[] = {
      "kanaal",          "land",           "taal", "soort_digitaal_adres", "soort_object",
      "soort_object_id", "extern_register"};
  size_t i;
  for (i = 0; i < sizeof names / sizeof *names; ++i)
    CHECK_STATUS(ki_referentielijsten_load(NULL, names[i], "[{\"code\":\"x\",\"naam\":\"X\"}]"),
                 KI_OK);
  CHECK_STATUS(ki_referentielijsten_reset(), KI_OK);
}

static void test_errors(void) {
  char* doc = (char*)"not touched";
  CHECK_STATUS(ki_referentielijsten_load(&doc, NULL, "[]"), KI_EINVAL);
  CHECK(doc == NULL);
  CHECK_STR(ki_last_error(), "ki_referentielijsten_load: lijst is NULL");
  doc = (char*)"not touched";
  CHECK_STATUS(ki_referentielijsten_load(&doc, "kanaal", NULL), KI_EINVAL);
  CHECK(doc == NULL);
  CHECK_STR(ki_last_error(), "ki_referentielijsten_load: json is NULL");
  CHECK_STATUS(ki_referentielijsten_load(&doc, "kanalen", "[]"), KI_EINVAL);
  CHECK_CONTAINS(ki_last_error(), "unknown lijst 'kanalen'");
  CHECK_STATUS(ki_referentielijsten_load(&doc, "", "[]"), KI_EINVAL);
  CHECK_STATUS(ki_referentielijsten_load(&doc, "kan\xe1\x61l", "[]"), KI_EINVAL);
  CHECK_CONTAINS(ki_last_error(), "lijst is not valid UTF-8");
  CHECK_STATUS(ki_referentielijsten_load(&doc, "kanaal", "[{\"code\":\"\xff\"}]"), KI_EINVAL);
  CHECK(doc == NULL);

  CHECK_STATUS(ki_referentielijsten_load(&doc, "kanaal", "[{"), KI_EPARSE);
  CHECK_CONTAINS(doc, "\"invalidParams\":[{\"name\":\"nonFieldErrors\",\"code\":\"parse_error\"");
  CHECK_CONTAINS(ki_last_error(), "ki_referentielijsten_load: malformed JSON");
  ki_free(doc);
  CHECK_STATUS(ki_referentielijsten_load(NULL, "kanaal", ""), KI_EPARSE);

  CHECK_STATUS(ki_referentielijsten_load(&doc, "kanaal", "42"), KI_EINVALID);
  CHECK_CONTAINS(doc, "\"invalidParams\":[{\"name\":\"nonFieldErrors\",\"code\":\"invalid\"");
  CHECK_CONTAINS(ki_last_error(), "not a kanaal list document");
  ki_free(doc);
  CHECK_STATUS(ki_referentielijsten_load(&doc, "kanaal", "{\"count\":0}"), KI_EINVALID);
  CHECK_CONTAINS(doc, "{\"name\":\"results\",\"code\":\"required\"");
  ki_free(doc);
  CHECK_STATUS(ki_referentielijsten_load(&doc, "kanaal", "[{\"code\":1},\"x\"]"), KI_EINVALID);
  CHECK_CONTAINS(doc, "{\"name\":\"0.code\",\"code\":\"invalid\"");
  CHECK_CONTAINS(doc, "{\"name\":\"1.nonFieldErrors\",\"code\":\"invalid\"");
  ki_free(doc);

  /* none of these changed anything: the kanaal check is still off */
  CHECK_STATUS(kanaal_status("wat-dan-ook", NULL), KI_OK);
}

int main(void) {
  test_kanaal();
  test_land();
  test_every_list_name();
  test_errors();
  return harness_summary("capi.referentielijsten");
}

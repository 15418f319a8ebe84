/* The library functions of the C ABI: ki_version, ki_status_name, ki_free,
 * ki_last_error, ki_set_input_limit, ki_types. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "klantinteracties.h"

static void test_version(void) {
  char macro[32];
  CHECK_STR(ki_version(), KI_VERSION_STRING);
  snprintf(macro, sizeof macro, "%d.%d.%d", KI_VERSION_MAJOR, KI_VERSION_MINOR, KI_VERSION_PATCH);
  CHECK_STR(ki_version(), macro);
  CHECK(KI_VERSION_NUMBER == KI_VERSION_MAJOR * 10000 + KI_VERSION_MINOR * 100 + KI_VERSION_PATCH);
}

static void test_status_names(void) {
  CHECK(KI_OK == 0);
  CHECK(KI_EINVAL < 0 && KI_EPARSE < 0 && KI_EINVALID < 0 && KI_ENOTFOUND < 0);
  CHECK(KI_ECONFLICT < 0 && KI_EUNKNOWN_TYPE < 0 && KI_EINTERNAL < 0);
  CHECK_STR(ki_status_name(KI_OK), "KI_OK");
  CHECK_STR(ki_status_name(KI_EINVAL), "KI_EINVAL");
  CHECK_STR(ki_status_name(KI_EPARSE), "KI_EPARSE");
  CHECK_STR(ki_status_name(KI_EINVALID), "KI_EINVALID");
  CHECK_STR(ki_status_name(KI_ENOTFOUND), "KI_ENOTFOUND");
  CHECK_STR(ki_status_name(KI_ECONFLICT), "KI_ECONFLICT");
  CHECK_STR(ki_status_name(KI_EUNKNOWN_TYPE), "KI_EUNKNOWN_TYPE");
  CHECK_STR(ki_status_name(KI_EINTERNAL), "KI_EINTERNAL");
  CHECK_STR(ki_status_name(1), "KI_UNKNOWN_STATUS");
  CHECK_STR(ki_status_name(-100), "KI_UNKNOWN_STATUS");
}

static void test_free_and_last_error(void) {
  char* doc = NULL;
  ki_free(NULL); /* allowed, does nothing */
  CHECK(ki_last_error() != NULL);

  CHECK_STATUS(ki_validate(&doc, "Onbekend", "{}", NULL, NULL), KI_EUNKNOWN_TYPE);
  CHECK_CONTAINS(ki_last_error(), "ki_validate: unknown type 'Onbekend'");
  /* ki_free, ki_version, ki_status_name leave the message */
  ki_free(NULL);
  (void)ki_version();
  (void)ki_status_name(KI_OK);
  CHECK_CONTAINS(ki_last_error(), "Onbekend");
  /* a successful call clears it */
  CHECK_STATUS(ki_validate(NULL, "Partij", "{\"soortPartij\":\"persoon\",\"indicatieActief\":true}",
                           NULL, NULL),
               KI_OK);
  CHECK_STR(ki_last_error(), "");
}

static void test_input_limit(void) {
  size_t previous = 0, again = 0;
  char* doc = (char*)"not touched";
  CHECK_STATUS(ki_set_input_limit(&previous, 0), KI_EINVAL);
  CHECK(previous == KI_INPUT_LIMIT_DEFAULT);
  CHECK_CONTAINS(ki_last_error(), "max_bytes is 0");

  CHECK_STATUS(ki_set_input_limit(&previous, 10), KI_OK);
  CHECK(previous == KI_INPUT_LIMIT_DEFAULT);
  CHECK_STATUS(ki_validate(&doc, "Partij", "{\"a\":\"123\"}", NULL, NULL),
               KI_EINVAL); /* 11 bytes */
  CHECK(doc == NULL);
  CHECK_CONTAINS(ki_last_error(), "json is 11 bytes, more than the input limit of 10");
  CHECK_STATUS(ki_validate(&doc, "Partij", "{\"a\":\"12\"}", NULL, NULL), KI_EINVALID); /* 10 */
  ki_free(doc);
  CHECK_STATUS(ki_validate(&doc, "Partij", "{}", "create", "openklant__"), KI_EINVAL);
  CHECK_CONTAINS(ki_last_error(), "profile is 11 bytes"); /* every string argument */
  CHECK_STATUS(ki_set_input_limit(NULL, 11), KI_OK);      /* out_previous may be NULL */
  CHECK_STATUS(ki_set_input_limit(&again, KI_INPUT_LIMIT_DEFAULT), KI_OK);
  CHECK(again == 11);
}

/* An Actor body with an unknown member nested `niveaus` levels deep. */
static void genest(char* buf, size_t niveaus) {
  size_t i;
  strcpy(buf, "{\"naam\":\"A\",\"soortActor\":\"medewerker\",\"indicatieActief\":true,\"x\":");
  for (i = 1; i < niveaus; ++i) strcat(buf, "[");
  strcat(buf, "1");
  for (i = 1; i < niveaus; ++i) strcat(buf, "]");
  strcat(buf, "}");
}

static void test_depth_limit(void) {
  static char body[1024];
  size_t previous = 0;
  char* doc = NULL;
  genest(body, 64);
  CHECK_STATUS(ki_validate(&doc, "Actor", body, NULL, NULL), KI_OK);
  genest(body, 65);
  CHECK_STATUS(ki_validate(&doc, "Actor", body, NULL, NULL), KI_EPARSE);
  CHECK_CONTAINS(doc, "\"name\":\"nonFieldErrors\",\"code\":\"parse_error\"");
  CHECK_CONTAINS(doc, "JSON parse error - nested deeper than 64 levels");
  ki_free(doc);
  doc = NULL;

  CHECK_STATUS(ki_set_depth_limit(&previous, 0), KI_EINVAL);
  CHECK(previous == KI_DEPTH_LIMIT_DEFAULT);
  CHECK_CONTAINS(ki_last_error(), "max_depth is 0");
  CHECK_STATUS(ki_set_depth_limit(&previous, 100), KI_OK);
  CHECK(previous == KI_DEPTH_LIMIT_DEFAULT);
  CHECK_STATUS(ki_validate(&doc, "Actor", body, NULL, NULL), KI_OK); /* 65 <= 100 */
  CHECK_STATUS(ki_set_depth_limit(NULL, 2), KI_OK);
  genest(body, 3);
  CHECK_STATUS(ki_normalise(&doc, "Actor", body), KI_EPARSE);
  CHECK_CONTAINS(doc, "nested deeper than 2 levels");
  ki_free(doc);
  CHECK_STATUS(ki_set_depth_limit(&previous, KI_DEPTH_LIMIT_DEFAULT), KI_OK);
  CHECK(previous == 2);
}

static void test_types(void) {
  char* json = (char*)"not touched";
  CHECK_STATUS(ki_types(NULL), KI_EINVAL);
  CHECK_STATUS(ki_types(&json), KI_OK);
  CHECK(json != NULL && json[0] == '[');
  CHECK_CONTAINS(json, "{\"name\":\"Actor\",\"use\":\"resource\",\"mode\":\"create\"}");
  CHECK_CONTAINS(json, "{\"name\":\"Partij\",\"use\":\"resource\",\"mode\":\"create\"}");
  CHECK_CONTAINS(json, "{\"name\":\"PatchedPartij\",\"use\":\"patch\",\"mode\":\"partial\"}");
  CHECK_CONTAINS(json, "{\"name\":\"ExpandPartij\",\"use\":\"response\",\"mode\":null}");
  CHECK_CONTAINS(json, "{\"name\":\"Bezoekadres\",\"use\":\"part\",\"mode\":null}");
  CHECK_CONTAINS(json, "{\"name\":\"MaakKlantcontact\",\"use\":\"resource\",\"mode\":\"create\"}");
  ki_free(json);
}

int main(void) {
  test_version();
  test_status_names();
  test_free_and_last_error();
  test_input_limit();
  test_depth_limit();
  test_types();
  return harness_summary("capi.library");
}

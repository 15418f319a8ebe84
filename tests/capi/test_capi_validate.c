/* ki_validate, ki_validate_normalise and ki_normalise: verdicts, the error
 * document, and every error path (NULL, malformed JSON, unknown type,
 * unknown mode/profile, non-UTF-8, oversized input). */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "klantinteracties.h"

#define DOC_HEAD                                                                     \
  "{\"type\":\"http://localhost/ref/fouten/ValidationError/\",\"code\":\"invalid\"," \
  "\"title\":\"Invalid input.\",\"status\":400,\"detail\":\"Invalid input.\","       \
  "\"instance\":\"urn:uuid:"

static const char* const PARTIJ_OK = "{\"soortPartij\":\"persoon\",\"indicatieActief\":true}";

/* An error document: Open Klant's head, a uuid4 instance, then
 * "invalidParams":<expected_params>}. */
static void check_document(const char* doc, const char* expected_params) {
  size_t head = strlen(DOC_HEAD), i;
  int uuid_ok = 1;
  char tail[8192];
  if (!CHECK(doc != NULL)) return;
  CHECK(strncmp(doc, DOC_HEAD, head) == 0);
  if (strlen(doc) < head + 38) {
    CHECK(!"document too short");
    return;
  }
  for (i = 0; i < 36; ++i) {
    char c = doc[head + i];
    if (i == 8 || i == 13 || i == 18 || i == 23)
      uuid_ok &= c == '-';
    else if (i == 14)
      uuid_ok &= c == '4';
    else if (i == 19)
      uuid_ok &= c == '8' || c == '9' || c == 'a' || c == 'b';
    else
      uuid_ok &= (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }
  CHECK(uuid_ok);
  snprintf(tail, sizeof tail, "\",\"invalidParams\":%s}", expected_params);
  CHECK_STR(doc + head + 36, tail);
}

/* Every valid request body in tests/data/requests passes as its type
 * (the file name up to the first dot). */
static void test_valid_requests(void) {
  char dir[4096];
  DIR* d;
  struct dirent* e;
  int files = 0;
  snprintf(dir, sizeof dir, "%s/requests", KI_TEST_DATA);
  d = opendir(dir);
  if (!CHECK(d != NULL)) return;
  while ((e = readdir(d)) != NULL) {
    char name[512], type[512], *dot, *json, *doc = (char*)"x", *out = (char*)"x";
    if (!strstr(e->d_name, ".json")) continue;
    snprintf(name, sizeof name, "requests/%s", e->d_name);
    snprintf(type, sizeof type, "%s", e->d_name);
    dot = strchr(type, '.');
    *dot = '\0';
    json = harness_data(name);
    CHECK_STATUS(ki_validate(&doc, type, json, NULL, NULL), KI_OK);
    CHECK(doc == NULL);
    if (doc) fprintf(stderr, "    %s: %s\n", name, doc);
    ki_free(doc);
    CHECK_STATUS(ki_validate_normalise(&out, type, json, NULL, NULL), KI_OK);
    CHECK(out != NULL && out[0] == '{');
    ki_free(out);
    free(json);
    ++files;
  }
  closedir(d);
  CHECK(files >= 20);
}

static void test_invalid_payload(void) {
  char* doc = NULL;
  /* validation.md section 0.2, example 1: POST /partijen with {} */
  CHECK_STATUS(ki_validate(&doc, "Partij", "{}", NULL, NULL), KI_EINVALID);
  check_document(
      doc,
      "[{\"name\":\"soortPartij\",\"code\":\"required\",\"reason\":\"Dit veld is vereist.\"},"
      "{\"name\":\"indicatieActief\",\"code\":\"required\",\"reason\":\"Dit veld is vereist.\"}]");
  CHECK_STR(ki_last_error(),
            "ki_validate: Partij is invalid: soortPartij: Dit veld is vereist. (2 invalidParams)");
  ki_free(doc);

  /* the type in any letter case; the document may be left out */
  CHECK_STATUS(ki_validate(NULL, "pArTiJ", "{}", NULL, NULL), KI_EINVALID);

  /* each error document has its own instance */
  {
    char *a = NULL, *b = NULL;
    CHECK_STATUS(ki_validate(&a, "Partij", "{}", NULL, NULL), KI_EINVALID);
    CHECK_STATUS(ki_validate(&b, "Partij", "{}", NULL, NULL), KI_EINVALID);
    CHECK(a && b && strcmp(a, b) != 0);
    ki_free(a);
    ki_free(b);
  }

  /* the body is not an object: nonFieldErrors */
  CHECK_STATUS(ki_validate(&doc, "Partij", "[]", NULL, NULL), KI_EINVALID);
  CHECK_CONTAINS(doc, "\"invalidParams\":[{\"name\":\"nonFieldErrors\",\"code\":\"invalid\"");
  ki_free(doc);
}

static void test_modes_and_profiles(void) {
  char* doc = NULL;
  /* PATCH: nothing is required */
  CHECK_STATUS(ki_validate(&doc, "Partij", "{}", "partial", NULL), KI_OK);
  CHECK(doc == NULL);
  CHECK_STATUS(ki_validate(&doc, "Partij", "{}", "update", NULL), KI_EINVALID);
  ki_free(doc);
  CHECK_STATUS(ki_validate(&doc, "Partij", "{}", "create", "openklant"), KI_EINVALID);
  ki_free(doc);
  /* Patched* defaults to partial; an explicit mode wins */
  CHECK_STATUS(ki_validate(&doc, "PatchedPartij", "{}", NULL, NULL), KI_OK);
  CHECK_STATUS(ki_validate(&doc, "PatchedPartij", "{}", "create", NULL), KI_EINVALID);
  CHECK_CONTAINS(doc, "soortPartij");
  ki_free(doc);

  /* strict adds checks Open Klant lacks (KI-KC-003: ISO 639-2 for taal) */
  {
    const char* kc =
        "{\"kanaal\":\"telefoon\",\"onderwerp\":\"x\",\"taal\":\"n1d\","
        "\"vertrouwelijk\":false,\"indicatieContactGelukt\":true}";
    CHECK_STATUS(ki_validate(&doc, "Klantcontact", kc, NULL, "openklant"), KI_OK);
    CHECK_STATUS(ki_validate(&doc, "Klantcontact", kc, NULL, NULL), KI_OK);
    CHECK_STATUS(ki_validate(&doc, "Klantcontact", kc, NULL, "strict"), KI_EINVALID);
    CHECK_CONTAINS(doc, "\"name\":\"taal\"");
    ki_free(doc);
  }

  /* unknown mode and profile */
  doc = (char*)"not touched";
  CHECK_STATUS(ki_validate(&doc, "Partij", "{}", "post", NULL), KI_EINVAL);
  CHECK(doc == NULL);
  CHECK_CONTAINS(ki_last_error(), "unknown mode 'post'");
  CHECK_STATUS(ki_validate(&doc, "Partij", "{}", "", NULL), KI_EINVAL);
  CHECK_STATUS(ki_validate(&doc, "Partij", "{}", "CREATE", NULL), KI_EINVAL);
  CHECK_STATUS(ki_validate(&doc, "Partij", "{}", NULL, "lenient"), KI_EINVAL);
  CHECK(doc == NULL);
  CHECK_CONTAINS(ki_last_error(), "unknown profile 'lenient'");
}

static void test_malformed_json(void) {
  static const char* const bad[] = {"{",     "",    "   ",        "{\"soortPartij\":}",
                                    "{} {}", "nul", "{\"a\":1,}", "'x'"};
  size_t i;
  char* doc = NULL;
  for (i = 0; i < sizeof bad / sizeof *bad; ++i) {
    CHECK_STATUS(ki_validate(&doc, "Partij", bad[i], NULL, NULL), KI_EPARSE);
    CHECK_CONTAINS(doc,
                   "\"invalidParams\":[{\"name\":\"nonFieldErrors\",\"code\":\"parse_error\","
                   "\"reason\":\"JSON parse error - ");
    CHECK_CONTAINS(ki_last_error(), "ki_validate: malformed JSON");
    ki_free(doc);
    CHECK_STATUS(ki_normalise(&doc, "Partij", bad[i]), KI_EPARSE);
    CHECK_CONTAINS(doc, "\"code\":\"parse_error\"");
    ki_free(doc);
    CHECK_STATUS(ki_validate_normalise(&doc, "Partij", bad[i], NULL, NULL), KI_EPARSE);
    CHECK_CONTAINS(doc, "\"code\":\"parse_error\"");
    ki_free(doc);
  }
  /* deeply nested: a parse error, not a crash */
  {
    size_t depth = 100000;
    char* deep = (char*)malloc(2 * depth + 1);
    memset(deep, '[', depth);
    memset(deep + depth, ']', depth);
    deep[2 * depth] = '\0';
    CHECK_STATUS(ki_validate(&doc, "Partij", deep, NULL, NULL), KI_EPARSE);
    ki_free(doc);
    CHECK_STATUS(ki_normalise(&doc, "PaginatedPartijList", deep), KI_EPARSE);
    ki_free(doc);
    free(deep);
  }
}

static void test_unknown_type(void) {
  char* out = (char*)"not touched";
  CHECK_STATUS(ki_validate(&out, "Partijen", "{}", NULL, NULL), KI_EUNKNOWN_TYPE);
  CHECK(out == NULL);
  CHECK_CONTAINS(ki_last_error(), "unknown type 'Partijen'");
  CHECK_STATUS(ki_validate(&out, "", "{}", NULL, NULL), KI_EUNKNOWN_TYPE);
  CHECK_STATUS(ki_validate_normalise(&out, "Partijen", "{}", NULL, NULL), KI_EUNKNOWN_TYPE);
  CHECK(out == NULL);
  CHECK_STATUS(ki_normalise(&out, "Partijen", "{}"), KI_EUNKNOWN_TYPE);
  CHECK(out == NULL);
  /* a type is checked before the JSON */
  CHECK_STATUS(ki_validate(&out, "Partijen", "{", NULL, NULL), KI_EUNKNOWN_TYPE);
  /* responses and parts are no request bodies: ki_validate refuses them */
  CHECK_STATUS(ki_validate(&out, "ExpandPartij", "{}", NULL, NULL), KI_EUNKNOWN_TYPE);
  CHECK_CONTAINS(ki_last_error(), "ExpandPartij is only a response");
  CHECK_STATUS(ki_validate(&out, "Bezoekadres", "{}", NULL, NULL), KI_EUNKNOWN_TYPE);
  CHECK_CONTAINS(ki_last_error(), "Bezoekadres is a nested part");
  CHECK_STATUS(ki_validate_normalise(&out, "PaginatedPartijList", "{}", NULL, NULL),
               KI_EUNKNOWN_TYPE);
  CHECK(out == NULL);
}

static void test_null_arguments(void) {
  char* out = (char*)"not touched";
  CHECK_STATUS(ki_validate(&out, NULL, "{}", NULL, NULL), KI_EINVAL);
  CHECK(out == NULL);
  CHECK_STR(ki_last_error(), "ki_validate: type is NULL");
  CHECK_STATUS(ki_validate(&out, "Partij", NULL, NULL, NULL), KI_EINVAL);
  CHECK_STR(ki_last_error(), "ki_validate: json is NULL");
  CHECK_STATUS(ki_validate(NULL, NULL, NULL, NULL, NULL), KI_EINVAL);

  CHECK_STATUS(ki_validate_normalise(NULL, "Partij", PARTIJ_OK, NULL, NULL), KI_EINVAL);
  CHECK_STR(ki_last_error(), "ki_validate_normalise: the out-parameter is NULL");
  out = (char*)"not touched";
  CHECK_STATUS(ki_validate_normalise(&out, NULL, PARTIJ_OK, NULL, NULL), KI_EINVAL);
  CHECK(out == NULL);
  CHECK_STATUS(ki_validate_normalise(&out, "Partij", NULL, NULL, NULL), KI_EINVAL);

  CHECK_STATUS(ki_normalise(NULL, "Partij", PARTIJ_OK), KI_EINVAL);
  out = (char*)"not touched";
  CHECK_STATUS(ki_normalise(&out, NULL, PARTIJ_OK), KI_EINVAL);
  CHECK(out == NULL);
  CHECK_STATUS(ki_normalise(&out, "Partij", NULL), KI_EINVAL);
  CHECK(out == NULL);
}

static void test_utf8(void) {
  static const char* const bad[] = {
      "{\"x\":\"\xff\"}",             /* never in UTF-8 */
      "{\"x\":\"\xc3\"}",             /* truncated sequence */
      "{\"x\":\"\xc0\xaf\"}",         /* overlong '/' */
      "{\"x\":\"\xe0\x80\xaf\"}",     /* overlong, 3 bytes */
      "{\"x\":\"\xed\xa0\x80\"}",     /* UTF-16 surrogate */
      "{\"x\":\"\xf4\x90\x80\x80\"}", /* beyond U+10FFFF */
      "{\"x\":\"\x80\"}",             /* lone continuation byte */
      "{\"\xff\":1}",                 /* in a key */
      "[1,\xff]",                     /* outside a string */
      "{\"x\":1}\xc3",                /* after the document */
      "{\"x\":\"\\ud800\xff\"}",      /* beside a lone surrogate escape */
      "\xef\xbb\xbf{}",               /* BOM: valid UTF-8, but not JSON: parse error below */
  };
  size_t i;
  char* out = (char*)"not touched";
  for (i = 0; i + 1 < sizeof bad / sizeof *bad; ++i) {
    CHECK_STATUS(ki_validate(&out, "Partij", bad[i], NULL, NULL), KI_EINVAL);
    CHECK(out == NULL);
    CHECK_CONTAINS(ki_last_error(), "json is not valid UTF-8");
    CHECK_STATUS(ki_normalise(&out, "Partij", bad[i]), KI_EINVAL);
    CHECK_STATUS(ki_validate_normalise(&out, "Partij", bad[i], NULL, NULL), KI_EINVAL);
  }
  CHECK_STATUS(ki_validate(&out, "Partij", bad[i], NULL, NULL), KI_EPARSE);
  ki_free(out);
  CHECK_STATUS(ki_validate(&out, "Part\xffij", "{}", NULL, NULL), KI_EINVAL);
  CHECK_CONTAINS(ki_last_error(), "type is not valid UTF-8 (byte 4)");
  /* the case-insensitive name after its UTF-8 check, and each type in turn */
  CHECK_STATUS(ki_validate(&out, "partij", PARTIJ_OK, NULL, NULL), KI_OK);
  CHECK_STATUS(ki_validate(&out, "PARTIJ", "{}", NULL, NULL), KI_EINVALID);
  ki_free(out);
  CHECK_STATUS(ki_validate(&out, "Betrokkene", PARTIJ_OK, NULL, NULL), KI_EINVALID);
  ki_free(out);
  CHECK_STATUS(ki_validate(&out, "Partij", PARTIJ_OK, NULL, NULL), KI_OK);
  CHECK_STATUS(ki_validate(&out, "P\xc3\xa1rtij", "{}", NULL, NULL), KI_EUNKNOWN_TYPE);
  CHECK_STATUS(ki_validate(&out, "Partij", "{}", "cr\xe9\x61te", NULL), KI_EINVAL);
  CHECK_CONTAINS(ki_last_error(), "mode is not valid UTF-8");
  CHECK_STATUS(ki_validate(&out, "Partij", "{}", NULL, "\xc3\x28"), KI_EINVAL);
  CHECK_CONTAINS(ki_last_error(), "profile is not valid UTF-8");

  /* valid multi-byte text passes: 2, 3 and 4 bytes */
  CHECK_STATUS(
      ki_normalise(&out, "Contactnaam",
                   "{\"voornaam\":\"Zo\xc3\xab\",\"achternaam\":\"\xe2\x82\xac\xf0\x9f\x98\x80\"}"),
      KI_OK);
  CHECK_STR(out, "{\"voornaam\":\"Zo\xc3\xab\",\"achternaam\":\"\xe2\x82\xac\xf0\x9f\x98\x80\"}");
  ki_free(out);

  /* the bad byte is named wherever it falls in the ASCII runs that are
     skipped 16 and 8 bytes at a time */
  {
    char json[64], expect[64];
    size_t at;
    for (at = 6; at < 56; ++at) {
      memset(json, 'a', sizeof json);
      memcpy(json, "{\"x\":\"", 6);
      memcpy(json + 56, "\"}", 3); /* with its NUL */
      json[at] = (char)0xc3;       /* a 2-byte start followed by 'a' */
      CHECK_STATUS(ki_validate(&out, "Partij", json, NULL, NULL), KI_EINVAL);
      snprintf(expect, sizeof expect, "json is not valid UTF-8 (byte %u)", (unsigned)at);
      CHECK_CONTAINS(ki_last_error(), expect);
    }
  }
}

static void test_oversized(void) {
  /* one byte over the default limit of 16 MiB: refused before parsing */
  size_t size = KI_INPUT_LIMIT_DEFAULT + 1;
  char *big = (char*)malloc(size + 1), *out = (char*)"not touched";
  if (!CHECK(big != NULL)) return;
  memset(big, ' ', size);
  big[0] = '{';
  big[size - 1] = '}';
  big[size] = '\0';
  CHECK_STATUS(ki_validate(&out, "Partij", big, NULL, NULL), KI_EINVAL);
  CHECK(out == NULL);
  CHECK_CONTAINS(ki_last_error(), "json is 16777217 bytes, more than the input limit of 16777216");
  CHECK_STATUS(ki_normalise(&out, "Partij", big), KI_EINVAL);
  CHECK_STATUS(ki_validate_normalise(&out, "Partij", big, NULL, NULL), KI_EINVAL);
  CHECK_STATUS(ki_referentielijsten_load(&out, "kanaal", big), KI_EINVAL);
  CHECK(out == NULL);
  /* exactly at the limit: judged (whitespace around {} is fine) */
  big[size - 1] = '\0';
  big[size - 2] = '}';
  CHECK_STATUS(ki_validate(&out, "Partij", big, "partial", NULL), KI_OK);
  free(big);
}

static void test_normalise(void) {
  char *out = NULL, *again = NULL, *response;
  /* keys to camelCase and the API's order; uuids canonical; unknown keys last */
  CHECK_STATUS(
      ki_normalise(&out, "Partij",
                   "{\"onbekend\":1,\"indicatie_actief\":true,\"soortPartij\":\"persoon\"}"),
      KI_OK);
  CHECK_STR(out, "{\"soortPartij\":\"persoon\",\"indicatieActief\":true,\"onbekend\":1}");
  ki_free(out);

  /* only decoding is judged: {} is a Partij for the codec */
  CHECK_STATUS(ki_normalise(&out, "Partij", "{}"), KI_OK);
  CHECK_STR(out, "{}");
  ki_free(out);

  /* not decodable: the error document */
  CHECK_STATUS(ki_normalise(&out, "Partij", "{\"soortPartij\":[]}"), KI_EINVALID);
  check_document(out,
                 "[{\"name\":\"soortPartij\",\"code\":\"invalid_choice\","
                 "\"reason\":\"\\\"[]\\\" is een ongeldige keuze.\"}]");
  CHECK_CONTAINS(ki_last_error(), "ki_normalise: Partij is invalid: soortPartij:");
  ki_free(out);

  /* a response: normalising is idempotent */
  response = harness_data("responses/ExpandPartij.json");
  CHECK_STATUS(ki_normalise(&out, "ExpandPartij", response), KI_OK);
  CHECK_STATUS(ki_normalise(&again, "expandpartij", out), KI_OK);
  CHECK_STR(again, out);
  ki_free(out);
  ki_free(again);
  free(response);

  /* validate_normalise: the stored form on success, the document otherwise */
  CHECK_STATUS(
      ki_validate_normalise(&out, "Partij",
                            "{\"indicatie_actief\":true,\"soortPartij\":\"persoon\"}", NULL, NULL),
      KI_OK);
  CHECK(out != NULL && strncmp(out, "{\"soortPartij\":\"persoon\"", 24) == 0);
  CHECK_CONTAINS(out, "\"indicatieActief\":true");
  ki_free(out);
  CHECK_STATUS(ki_validate_normalise(&out, "Partij", "{}", NULL, NULL), KI_EINVALID);
  check_document(
      out,
      "[{\"name\":\"soortPartij\",\"code\":\"required\",\"reason\":\"Dit veld is vereist.\"},"
      "{\"name\":\"indicatieActief\",\"code\":\"required\",\"reason\":\"Dit veld is vereist.\"}]");
  ki_free(out);
}

int main(void) {
  test_valid_requests();
  test_invalid_payload();
  test_modes_and_profiles();
  test_malformed_json();
  test_unknown_type();
  test_null_arguments();
  test_utf8();
  test_oversized();
  test_normalise();
  return harness_summary("capi.validate");
}

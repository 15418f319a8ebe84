/* Small helpers for the register tests (C99, header only): pick a uuid out
 * of the API's JSON without a JSON library, and create a resource.
 *
 *   char uuid[37];
 *   member_uuid(json, "wasPartij", uuid)   the uuid of {"wasPartij":{"uuid":..}}
 *   first_uuid(json, uuid)                 the first "uuid" (a resource's own) */
#ifndef KI_TEST_JSON_HULP_H
#define KI_TEST_JSON_HULP_H

#include <stdio.h>
#include <string.h>

#include "klantinteracties.h"

/* The 36 characters after the first "uuid":" at or after `from`; "" if none. */
static inline int uuid_after(const char* from, char out[37]) {
  const char* p = from ? strstr(from, "\"uuid\":\"") : NULL;
  out[0] = '\0';
  if (!p) return 0;
  p += 8;
  if (strlen(p) < 36) return 0;
  memcpy(out, p, 36);
  out[36] = '\0';
  return 1;
}

static inline int first_uuid(const char* json, char out[37]) { return uuid_after(json, out); }

static inline int member_uuid(const char* json, const char* member, char out[37]) {
  char key[128];
  const char* p;
  snprintf(key, sizeof key, "\"%s\":", member);
  p = json ? strstr(json, key) : NULL;
  out[0] = '\0';
  if (!p) return 0;
  return uuid_after(p + strlen(key), out);
}

/* Creates a resource and returns its uuid in `out` (empty on failure). */
static inline int create_uuid(ki_register* reg, const char* type, const char* json, char out[37]) {
  char* body = NULL;
  int rc = ki_register_create(&body, reg, type, json);
  out[0] = '\0';
  if (rc == KI_OK)
    first_uuid(body, out);
  else
    fprintf(stderr, "create %s failed: %s\n  %s\n", type, ki_last_error(), body ? body : "");
  ki_free(body);
  return rc;
}

/* The number of occurrences of `needle` in `haystack`. */
static inline int count_of(const char* haystack, const char* needle) {
  int n = 0;
  const char* p = haystack;
  while (p && (p = strstr(p, needle)) != NULL) {
    ++n;
    p += strlen(needle);
  }
  return n;
}

#endif /* KI_TEST_JSON_HULP_H */

/* A tiny assert-style harness for the C ABI tests (C99, header only).
 *
 *   CHECK(cond)                       a condition
 *   CHECK_STATUS(call, KI_EINVAL)     a status, printed by name on failure
 *   CHECK_STR(actual, "expected")     two strings (NULL allowed)
 *   CHECK_CONTAINS(haystack, "part")  a substring
 *   return harness_summary("name");   prints "N passed, M failed"
 *
 * A failing check prints file:line and what differed, and the test goes on. */
#ifndef KI_TEST_HARNESS_H
#define KI_TEST_HARNESS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "klantinteracties.h"

static int harness_passed = 0;
static int harness_failed = 0;

static inline int harness_check(int ok, const char* file, int line, const char* what) {
  if (ok) {
    ++harness_passed;
  } else {
    ++harness_failed;
    fprintf(stderr, "%s:%d: FAILED: %s\n", file, line, what);
  }
  return ok;
}

#define CHECK(cond) harness_check((cond) ? 1 : 0, __FILE__, __LINE__, #cond)

#define CHECK_STATUS(call, expected)                                                               \
  do {                                                                                             \
    int harness_rc_ = (call);                                                                      \
    if (!harness_check(harness_rc_ == (expected), __FILE__, __LINE__, #call))                      \
      fprintf(stderr, "    got %s, expected %s; ki_last_error: %s\n", ki_status_name(harness_rc_), \
              ki_status_name(expected), ki_last_error());                                          \
  } while (0)

static inline int harness_str_equal(const char* a, const char* b) {
  if (!a || !b) return a == b;
  return strcmp(a, b) == 0;
}

#define CHECK_STR(actual, expected)                                                             \
  do {                                                                                          \
    const char *harness_a_ = (actual), *harness_e_ = (expected);                                \
    if (!harness_check(harness_str_equal(harness_a_, harness_e_), __FILE__, __LINE__,           \
                       #actual " == " #expected))                                               \
      fprintf(stderr, "    got      %s\n    expected %s\n", harness_a_ ? harness_a_ : "(NULL)", \
              harness_e_ ? harness_e_ : "(NULL)");                                              \
  } while (0)

#define CHECK_CONTAINS(haystack, needle)                                                         \
  do {                                                                                           \
    const char *harness_h_ = (haystack), *harness_n_ = (needle);                                 \
    if (!harness_check(harness_h_ && strstr(harness_h_, harness_n_) != NULL, __FILE__, __LINE__, \
                       #haystack " contains " #needle))                                          \
      fprintf(stderr, "    in       %s\n    missing  %s\n", harness_h_ ? harness_h_ : "(NULL)",  \
              harness_n_);                                                                       \
  } while (0)

/* Prints the count line and gives main's exit status. */
static inline int harness_summary(const char* suite) {
  printf("%s: %d passed, %d failed\n", suite, harness_passed, harness_failed);
  return harness_failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

/* The whole of a file as a NUL-terminated string (malloc), or NULL. */
static inline char* harness_read_file(const char* path) {
  FILE* f = fopen(path, "rb");
  char* text = NULL;
  long size;
  if (!f) return NULL;
  if (fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
    text = (char*)malloc((size_t)size + 1);
    if (text && fread(text, 1, (size_t)size, f) != (size_t)size) {
      free(text);
      text = NULL;
    } else if (text) {
      text[size] = '\0';
    }
  }
  fclose(f);
  return text;
}

/* KI_TEST_DATA "/" name, read; aborts the test when missing. */
static inline char* harness_data(const char* name) {
  char path[4096];
  char* text;
  snprintf(path, sizeof path, "%s/%s", KI_TEST_DATA, name);
  text = harness_read_file(path);
  if (!text) {
    fprintf(stderr, "cannot read %s\n", path);
    exit(2);
  }
  return text;
}

#endif /* KI_TEST_HARNESS_H */

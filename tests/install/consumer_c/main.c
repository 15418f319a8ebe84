/* An outside C program, built against an installed libklantinteracties with
 * pkg-config: validates a Partij body and prints the verdict. */
#include <stdio.h>
#include <string.h>

#include <klantinteracties.h>

int main(void) {
  char* doc = NULL;
  int ok = ki_validate(&doc, "Partij", "{\"soortPartij\":\"persoon\",\"indicatieActief\":true}",
                       NULL, NULL);
  int invalid = ki_validate(&doc, "Partij", "{}", NULL, NULL);
  if (ok != KI_OK || invalid != KI_EINVALID || !doc || !strstr(doc, "\"soortPartij\"")) {
    fprintf(stderr, "unexpected: %s %s %s\n", ki_status_name(ok), ki_status_name(invalid),
            doc ? doc : "(NULL)");
    ki_free(doc);
    return 1;
  }
  printf("C: libklantinteracties %s (headers %s): %s, %s\n", ki_version(), KI_VERSION_STRING,
         ki_status_name(ok), ki_status_name(invalid));
  ki_free(doc);
  return 0;
}

/* An outside C program, built against an installed libklantinteracties with
 * pkg-config: validates a Partij body and prints the verdict, then stores one
 * in a register. */
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
  {
    ki_register* reg = NULL;
    char* partij = NULL;
    int created, missing;
    if (ki_register_new(&reg, NULL) != KI_OK) return 1;
    created = ki_register_create(&partij, reg, "partijen",
                                 "{\"soortPartij\":\"persoon\",\"indicatieActief\":true}");
    missing = ki_register_get(&doc, reg, "Partij", "00000000-0000-4000-8000-000000000000", NULL);
    printf("C: register: %s, %s\n", ki_status_name(created), ki_status_name(missing));
    ki_free(partij);
    ki_free(doc);
    ki_register_free(reg);
  }
  return 0;
}

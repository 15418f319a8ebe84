/* libFuzzer target: the C ABI's JSON functions. The first byte picks the
 * function and the type, the rest is the JSON text (NUL-terminated copy). */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "klantinteracties.h"

static const char* const types[] = {"Klantcontact", "Partij", "PatchedPartij", "Betrokkene",
                                    "DigitaalAdres", "InterneTaak", "MaakKlantcontact", "Actor",
                                    "Onderwerpobject", "Bijlage", "nietbestaand"};

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  char* tekst = malloc(size);
  if (!tekst) return 0;
  memcpy(tekst, data + 1, size - 1);
  tekst[size - 1] = '\0';
  const char* type = types[data[0] % (sizeof types / sizeof types[0])];
  char* uit = NULL;
  switch ((data[0] >> 4) % 4) {
    case 0: ki_validate(&uit, type, tekst, NULL, NULL); break;
    case 1: ki_validate_normalise(&uit, type, tekst, NULL, NULL); break;
    case 2: ki_normalise(&uit, type, tekst); break;
    default: {
      ki_register* reg = NULL;
      if (ki_register_new(&reg, NULL) == KI_OK) {
        ki_register_create(&uit, reg, type, tekst);
        ki_free(uit);
        uit = NULL;
        ki_register_import_snapshot(&uit, reg, tekst);
        ki_register_free(reg);
      }
    }
  }
  ki_free(uit);
  free(tekst);
  return 0;
}

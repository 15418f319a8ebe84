#include "gedeeld.hpp"

#include <fmt/format.h>

#include <string>

#include "klantinteracties/rules/primitives.hpp"
#include "klantinteracties/rules/taalcodes.hpp"

namespace ki::rules {

void check_nummer(std::string_view v, json::ErrorPath& err) {
  // KI-GEN-022: Django's validate_integer ("Enter a valid integer." in Dutch).
  if (!integer_tekst(v)) err.add("invalid", "Voer een geldig geheel getal in.");
}

void check_telefoonnummer(std::string_view v, json::ErrorPath& err) {
  if (telefoonnummer_verboden_prefix(v))  // KI-TEL-001
    err.add("invalid",
            "Het opgegeven telefoonnummer is ongeldig, telefoonnummers beginnend met 0800, "
            "0900, 1400 of 140xx zijn niet toegestaan.");
  else if (!telefoonnummer_vorm(v))  // KI-TEL-002
    err.add("invalid", "Het opgegeven telefoonnummer is ongeldig.");
}

void check_emailadres(std::string_view v, json::ErrorPath& err) {
  if (!emailadres(v)) err.add("invalid", "Voer een geldig e-mailadres in.");  // KI-EML-003
}

void check_taalcode_strict(std::string_view v, json::ErrorPath& err) {
  if (!is_iso639_2(v))
    err.add("strict_taalcode",
            fmt::format("Geen ISO 639-2 taalcode: {} (bijvoorbeeld nld).", v));
}

void check_tijdzone_strict(const Field<DateTime>& t, json::ErrorPath& err) {
  if (t.has_value() && t->zone == DateTime::Zone::naive)
    err.add("strict_tijdzone",
            "Datum-tijd zonder tijdzone: geef een offset of Z op "
            "(YYYY-MM-DDThh:mm:ss[.uuuuuu]+HH:MM).");
}

}  // namespace ki::rules

// KI-RN: Rekeningnummer.

#include "klantinteracties/rules/rekeningnummer.hpp"

#include <fmt/format.h>

#include "klantinteracties/rules/primitives.hpp"

namespace ki::rules {

void Regels<Rekeningnummer>::tekst(std::string_view veld, std::string_view v,
                                   const Walk<Rekeningnummer>& w, json::ErrorPath& err) {
  if (veld == "iban") {
    if (!iban_vorm(v))  // KI-RN-001
      err.add("invalid", fmt::format("Ongeldige IBAN: {}", v));
    else if (w.strict() && !iban_mod97(v))  // strict profile: ISO 13616 checksum
      err.add("strict_iban_controlegetal",
              fmt::format("Het controlegetal van de IBAN klopt niet: {}", v));
  } else if (veld == "bic") {
    if (!zonder_spaties(v))  // KI-RN-004
      err.add("invalid", fmt::format("Geen spaties toegestaan: {}", v));
  }
}

}  // namespace ki::rules

// KI-ADR: the address groups.

#include "klantinteracties/rules/gegevensgroepen.hpp"

#include <fmt/format.h>

#include <string>

#include "klantinteracties/rules/primitives.hpp"

namespace ki::rules {

namespace {

std::string upper_ascii(std::string_view v) {
  std::string s(v);
  for (auto& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

}  // namespace

void Regels<Adres>::tekst(std::string_view veld, std::string_view v, const Walk<Adres>& w,
                          json::ErrorPath& err) {
  if (veld == "postcode") {
    if (!postcode(v))  // KI-ADR-001
      err.add("invalid",
              fmt::format("Postcode moet aan het volgende formaat voldoen: `1234 AB` (met spatie): {}",
                          v));
  } else if (veld == "nummeraanduidingId") {
    if (!nummeraanduiding_id(v))  // KI-ADR-002
      err.add("invalid", fmt::format("Ongeldige nummeraanduiding BAG-ID: {}", v));
  } else if (veld == "land") {
    const std::string upper = upper_ascii(v);
    if (!w.lijsten().is_landcode(upper))  // KI-ADR-004
      err.add("invalid", "Ongeldige landcode, de code moet behoren tot de ISO 3166-standaard");
    else if (upper != v)  // KI-ADR-005
      err.add("invalid",
              fmt::format("Ongeldige landcode, de code moet behoren tot de ISO 3166-standaard. "
                          "Bedoelde u {}?",
                          upper));
  }
}

void Regels<Adres>::na_veld(std::string_view veld, const Walk<Adres>& w, json::ErrorPath& err) {
  if (veld != "huisnummer") return;
  const auto& h = w.value().huisnummer;  // KI-GEN-010 / KI-ADR-003
  if (!h.has_value()) return;
  if (*h < 1) err.add("min_value", fmt::format(fmt::runtime(msg::min_value), 1));
  if (*h > 99999) err.add("max_value", fmt::format(fmt::runtime(msg::max_value), 99999));
}

}  // namespace ki::rules

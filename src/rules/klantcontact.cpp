// KI-KC, KI-KAN, KI-MD: Klantcontact; KI-MK: MaakKlantcontact.

#include "klantinteracties/rules/klantcontact.hpp"

#include <fmt/format.h>

#include <array>
#include <string>

#include "gedeeld.hpp"
#include "klantinteracties/rules/primitives.hpp"

namespace ki::rules {

namespace {

// KI-KAN-004/005: kanaal against the Kanaal list, when that check is on.
void check_kanaal(std::string_view v, const referentielijsten::Referentielijsten& lijsten,
                  json::ErrorPath& err) {
  using referentielijsten::Lijst;
  const auto& tabel = lijsten.tabel(Lijst::kanaal);
  if (tabel.items.empty()) {
    err.add("invalid",
            "No channels to validate `kanaal` were found for the configured tabel_code in the "
            "Referentielijsten API.");
    return;
  }
  const auto geldig = tabel.geldige_codes(lijsten.nu());
  for (auto code : geldig)
    if (code == v) return;
  err.add("invalid", fmt::format("'{}' is not a valid kanaal. Allowed values: {}", v,
                                 fmt::join(geldig, ", ")));
}

}  // namespace

void Regels<Klantcontact>::tekst(std::string_view veld, std::string_view v,
                                 const Walk<Klantcontact>& w, json::ErrorPath& err) {
  if (veld == "nummer" || veld == "referentienummer") {
    check_nummer(v, err);  // KI-KC-002, KI-GEN-022
  } else if (veld == "hoofdOnderwerpType") {
    if (!url(v)) err.add("invalid", "Voer een geldige URL in.");  // KI-GEN-017
  } else if (veld == "kanaal") {
    if (w.lijsten().kanaal_validatie()) check_kanaal(v, w.lijsten(), err);  // KI-KAN-001
  } else if (veld == "taal") {
    if (w.strict()) check_taalcode_strict(v, err);  // KI-KC-003 (strict profile only)
  }
}

void Regels<Klantcontact>::na_veld(std::string_view veld, const Walk<Klantcontact>& w,
                                   json::ErrorPath& err) {
  if (!w.strict()) return;
  if (veld == "plaatsgevondenOp") check_tijdzone_strict(w.value().plaatsgevondenOp, err);
  if (veld == "metadata") {
    // KI-MD-005 (strict profile only): Open Klant's model validator wants text values.
    const auto* raw = w.raw("metadata");
    for (const json::Lid& kv : json::leden_zonder_dubbele(*raw))
      if (!kv.value().is_string())
        err.add("strict_metadata",
                fmt::format("Alle values moeten strings zijn. Key '{}' heeft type {}.",
                            std::string_view(kv.key()), json::python_type_name(kv.value())));
  }
}

void Regels<Klantcontact>::object(const Walk<Klantcontact>& w, json::ErrorPath& err) {
  // KI-KC-001 (a PUT without verdereActieOndernomen resets it to false).
  const auto& k = w.value();
  if (k.verdereActieOndernomen.value_or(false) && k.indicatieContactGelukt.value_or(false))
    err.add_at("nonFieldErrors", "no-further-action-when-contact-succesful",
               "Als het contact gelukt is kan er geen verdere actie zijn ondernomen");
}

std::span<const std::string_view> Regels<MaakKlantcontact>::alleen_lezen(std::string_view veld) {
  // KI-MK-002: set to the new klantcontact, so ignored in the request.
  static constexpr std::array<std::string_view, 1> betrokkene{"hadKlantcontact"};
  static constexpr std::array<std::string_view, 1> onderwerpobject{"klantcontact"};
  if (veld == "betrokkene") return betrokkene;
  if (veld == "onderwerpobject") return onderwerpobject;
  return {};
}

}  // namespace ki::rules

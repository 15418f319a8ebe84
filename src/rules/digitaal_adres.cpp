// KI-DA: DigitaalAdres.

#include "klantinteracties/rules/digitaal_adres.hpp"

#include "gedeeld.hpp"
#include "klantinteracties/rules/primitives.hpp"

namespace ki::rules {

void Regels<DigitaalAdres>::tekst(std::string_view veld, std::string_view v,
                                  const Walk<DigitaalAdres>&, json::ErrorPath& err) {
  if (veld == "referentie" && !slug(v))  // KI-GEN-018
    err.add("invalid",
            "Voer een geldige \"slug\" in, bestaande uit letters, cijfers, lage streepjes of "
            "streepjes.");
}

void Regels<DigitaalAdres>::na_veld(std::string_view veld, const Walk<DigitaalAdres>& w,
                                    json::ErrorPath& err) {
  if (veld != "adres") return;
  // KI-DA-001/002/003: the raw soortDigitaalAdres of the request decides, after
  // adres passed its own checks.
  const auto* soort = w.raw("soortDigitaalAdres");
  if (!soort || !soort->is_string()) return;
  const std::string_view adres = *w.value().adres;
  if (soort->get_string() == "email") check_emailadres(adres, err);
  if (soort->get_string() == "telefoonnummer") check_telefoonnummer(adres, err);
}

void Regels<DigitaalAdres>::object(const Walk<DigitaalAdres>& w, json::ErrorPath& err) {
  const auto& a = w.value();
  // KI-DA-009: on create the key must be there (null is fine).
  if (w.modus() == Modus::create && !w.present("verstrektDoorPartij")) {
    err.add_at("verstrektDoorPartij", "required", std::string(msg::required));
    return;
  }
  // KI-DA-004 with the effective partij: a PUT or PATCH without
  // verstrektDoorPartij keeps the stored one (judged by the register).
  if (a.isStandaardAdres.value_or(false) && !a.verstrektDoorPartij.has_value() &&
      (w.modus() == Modus::create || w.present("verstrektDoorPartij"))) {
    err.add_at("isStandaardAdres", "invalid",
               "`is_standaard_adres` kan alleen gezet worden als `verstrekt_door_partij` niet "
               "leeg is.");
    return;
  }
  // KI-VNG-003 (strict profile only): linked to a partij or a betrokkene.
  if (w.strict() && w.modus() == Modus::create && !a.verstrektDoorPartij.has_value() &&
      !a.verstrektDoorBetrokkene.has_value())
    err.add_at("nonFieldErrors", "strict_zonder_eigenaar",
               "Een digitaal adres is altijd gekoppeld aan een partij of een betrokkene.");
}

}  // namespace ki::rules

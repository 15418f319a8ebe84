// KI-PA: Partij; KI-PI: PartijIdentificator; KI-VT: Vertegenwoordigden.

#include "klantinteracties/rules/partij.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <span>
#include <string>
#include <vector>

#include "gedeeld.hpp"
#include "klantinteracties/json/scalars.hpp"
#include "klantinteracties/rules/primitives.hpp"

namespace ki::rules {

namespace {

// KI-PI-002: the objecttypes each register allows.
std::span<const CodeObjecttype> objecttypen_bij(CodeRegister r) {
  static constexpr CodeObjecttype brp[] = {CodeObjecttype::natuurlijk_persoon};
  static constexpr CodeObjecttype anders[] = {CodeObjecttype::vestiging,
                                              CodeObjecttype::niet_natuurlijk_persoon};
  if (r == CodeRegister::brp) return brp;
  return anders;
}

// KI-PI-003: the soorten object-ID each objecttype allows.
std::span<const CodeSoortObjectId> soorten_bij(CodeObjecttype o) {
  static constexpr CodeSoortObjectId persoon[] = {CodeSoortObjectId::bsn};
  static constexpr CodeSoortObjectId vestiging[] = {CodeSoortObjectId::vestigingsnummer};
  static constexpr CodeSoortObjectId niet_persoon[] = {CodeSoortObjectId::rsin,
                                                       CodeSoortObjectId::kvk_nummer};
  switch (o) {
    case CodeObjecttype::natuurlijk_persoon:
      return persoon;
    case CodeObjecttype::vestiging:
      return vestiging;
    case CodeObjecttype::niet_natuurlijk_persoon:
      return niet_persoon;
  }
  return {};
}

template <class E>
bool een_van(std::span<const E> codes, E code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

// Python's repr of a list of strings, ['a', 'b']: built only for a message.
template <class E>
std::string lijst(std::span<const E> codes) {
  std::string s = "[";
  for (const E c : codes) {
    if (s.size() > 1) s += ", ";
    s += fmt::format("'{}'", to_string(c));
  }
  return s + "]";
}

// KI-PI-004..008: the objectId for its soort; empty string when valid.
std::string object_id_fout(CodeSoortObjectId soort, std::string_view id, bool strict) {
  std::size_t lengte = 9;
  if (soort == CodeSoortObjectId::kvk_nummer) lengte = 8;
  if (soort == CodeSoortObjectId::vestigingsnummer) lengte = 12;
  if (json::python_len(id) != lengte)  // KI-PI-004 (Python len: code points, not bytes)
    return fmt::format("Deze waarde is ongeldig, reden: Waarde moet {} tekens lang zijn", lengte);
  if (!alleen_cijfers(id)) return "Deze waarde is ongeldig, reden: Voer een numerieke waarde in";
  if (soort == CodeSoortObjectId::bsn && !elfproef(id))  // KI-PI-006
    return "Deze waarde is ongeldig, reden: Onjuist BSN nummer";
  if (soort == CodeSoortObjectId::rsin && !elfproef(id))  // KI-PI-007
    return "Deze waarde is ongeldig, reden: Onjuist RSIN nummer";
  (void)strict;
  return {};
}

bool zelfde_groep(const PartijIdentificatorGroep& a, const PartijIdentificatorGroep& b) {
  return a.codeObjecttype == b.codeObjecttype && a.codeSoortObjectId == b.codeSoortObjectId &&
         a.objectId == b.objectId && a.codeRegister == b.codeRegister;
}

const Uuid* uuid_van(const Field<Ref<PartijIdentificator>>& ref) {
  return ref.has_value() ? ref->uuid.get() : nullptr;
}

// KI-PA-001..006 and KI-PA-014 for one voorkeur and its list.
template <class T>
bool check_voorkeur(const Walk<Partij>& w, const Field<Ref<T>>& voorkeur,
                    const Field<std::vector<Ref<T>>>& lijst, std::string_view voorkeur_naam,
                    std::string_view lijst_naam, std::string_view niet_gelinkt,
                    std::string_view leeg, json::ErrorPath& err) {
  if (!voorkeur.has_value() || !voorkeur->uuid.has_value()) return true;
  if (!lijst.present() || (lijst.is_null() && w.modus() == Modus::create)) {
    // KI-PA-014: Open Klant answers 500 here; the library names the field.
    if (w.modus() != Modus::partial) {
      err.add_at(voorkeur_naam, "invalid",
                 fmt::format("{} kan alleen meegegeven worden samen met {}.", voorkeur_naam,
                             lijst_naam));
      return false;
    }
    return true;  // PATCH: judged against the stored list (the register's)
  }
  const bool leeg_lijst = lijst.is_null() || lijst->empty();
  if (leeg_lijst && w.modus() == Modus::update) {  // KI-PA-002/005
    err.add_at(voorkeur_naam, "invalid", std::string(leeg));
    return false;
  }
  if (!leeg_lijst)
    for (const auto& r : *lijst)
      if (r.uuid.has_value() && *r.uuid == *voorkeur->uuid) return true;
  err.add_at(voorkeur_naam, "invalid", std::string(niet_gelinkt));  // KI-PA-001/003/004/006
  return false;
}

}  // namespace

void Regels<PartijIdentificator>::object(const Walk<PartijIdentificator>& w,
                                         json::ErrorPath& err) {
  const auto& pi = w.value();
  if (!pi.partijIdentificator.has_value()) return;
  const auto& g = *pi.partijIdentificator;
  // KI-PI-002 .. KI-PI-010 in order; only the first failure is reported.
  if (g.codeRegister.has_value() && g.codeObjecttype.has_value() &&
      !een_van(objecttypen_bij(*g.codeRegister), *g.codeObjecttype)) {
    err.add_at("partijIdentificatorCodeObjecttype", "invalid",
               fmt::format("voor `codeRegister` {} zijn alleen deze waarden toegestaan: {}",
                           to_string(*g.codeRegister), lijst(objecttypen_bij(*g.codeRegister))));
    return;
  }
  if (g.codeObjecttype.has_value() && g.codeSoortObjectId.has_value() &&
      !een_van(soorten_bij(*g.codeObjecttype), *g.codeSoortObjectId)) {
    err.add_at("partijIdentificatorCodeSoortObjectId", "invalid",
               fmt::format("voor `codeObjecttype` {} zijn alleen deze waarden toegestaan: {}",
                           to_string(*g.codeObjecttype), lijst(soorten_bij(*g.codeObjecttype))));
    return;
  }
  if (g.codeSoortObjectId.has_value() && g.objectId.has_value() && !g.objectId->empty()) {
    const std::string fout = object_id_fout(*g.codeSoortObjectId, *g.objectId, w.strict());
    if (!fout.empty()) {
      err.add_at("partijIdentificatorObjectId", "invalid", fout);
      return;
    }
    const bool nummer_met_proef = *g.codeSoortObjectId == CodeSoortObjectId::bsn ||
                                  *g.codeSoortObjectId == CodeSoortObjectId::rsin;
    if (w.strict() && nummer_met_proef && *g.objectId == "000000000") {
      // Strict profile: 000000000 passes the 11-proef but identifies nobody (P-07).
      err.add_at("partijIdentificatorObjectId", "strict_nulnummer",
                 "Deze waarde is ongeldig, reden: 000000000 is geen geldig nummer");
      return;
    }
  }
  if (g.codeSoortObjectId.has_value() &&
      *g.codeSoortObjectId == CodeSoortObjectId::vestigingsnummer &&
      !pi.subIdentificatorVan.has_value() &&
      (w.modus() == Modus::create || w.present("subIdentificatorVan"))) {  // KI-PI-009
    // (a PUT or PATCH without the key keeps the stored parent: the register's)
    err.add_at("subIdentificatorVan", "invalid",
               "Voor een PartijIdentificator met codeSoortObjectId = `vestigingsnummer` is het "
               "verplicht om een `sub_identifier_van` met codeSoortObjectId = `kvk_nummer` te "
               "kiezen.");
    return;
  }
  // KI-PI-010 needs the stored parent (the register's). KI-PI-011 where the
  // request itself shows it:
  if (const Uuid* ouder = uuid_van(pi.subIdentificatorVan); ouder && pi.uuid.has_value() &&
                                                           *ouder == *pi.uuid)
    err.add_at("subIdentificatorVan", "invalid",
               "Een `Partijidentificator` kan geen `subIdentificatorVan` zijn van zichzelf.");
}

void Regels<Partij>::tekst(std::string_view veld, std::string_view v, const Walk<Partij>& w,
                           json::ErrorPath& err) {
  if (veld == "nummer") check_nummer(v, err);                                 // KI-PA-011
  if (veld == "voorkeurstaal" && w.strict()) check_taalcode_strict(v, err);  // strict only
}

void Regels<Partij>::na_veld(std::string_view veld, const Walk<Partij>& w, json::ErrorPath& err) {
  if (veld != "partijIdentificatoren" || !w.value().partijIdentificatoren.has_value()) return;
  // Only reached when every item passed; at most one error.
  const auto& items = *w.value().partijIdentificatoren;
  for (std::size_t i = 0; i < items.size(); ++i)  // KI-PA-007
    for (std::size_t j = 0; j < i; ++j)
      if (items[i].uuid.has_value() && items[j].uuid.has_value() && *items[i].uuid == *items[j].uuid) {
        err.add_at("identificeerdePartij", "duplicated",
                   "Duplicaat uuid kan niet worden ingevoerd voor `partij_identificatoren`.");
        return;
      }
  if (w.modus() == Modus::create)  // KI-PA-008
    for (const auto& item : items)
      if (item.identificeerdePartij.has_value()) {
        err.add_at("identificeerdePartij", "invalid",
                   "Het veld `identificeerde_partij` wordt automatisch ingesteld en dient niet te "
                   "worden opgegeven.");
        return;
      }
}

void Regels<Partij>::opslaan(const Walk<Partij>& w, json::ErrorPath& err) {
  const auto& p = w.value();
  if (!check_voorkeur(w, p.voorkeursDigitaalAdres, p.digitaleAdressen, "voorkeursDigitaalAdres",
                      "digitaleAdressen",
                      "Het voorkeurs adres moet een gelinkte digitaal adres zijn.",
                      "voorkeursDigitaalAdres mag niet meegegeven worden als digitaleAdressen "
                      "leeg is.",
                      err))
    return;
  if (!check_voorkeur(w, p.voorkeursRekeningnummer, p.rekeningnummers, "voorkeursRekeningnummer",
                      "rekeningnummers",
                      "Het voorkeurs rekeningnummer moet een gelinkte rekeningnummer zijn.",
                      "voorkeursRekeningnummer mag niet meegegeven worden als rekeningnummers "
                      "leeg is.",
                      err))
    return;
  if (!p.partijIdentificatoren.has_value()) return;
  // KI-PI-013..015 between the items of this request: they are stored one by
  // one and all belong to this partij; the first failing item stops.
  const auto& items = *p.partijIdentificatoren;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto& g = *items[i].partijIdentificator;
    const Uuid* ouder = uuid_van(items[i].subIdentificatorVan);
    bool dubbel = false, zelfde_soort = false;
    for (std::size_t j = 0; j < i; ++j) {
      const auto& h = *items[j].partijIdentificator;
      const Uuid* ouder_j = uuid_van(items[j].subIdentificatorVan);
      const bool zelfde_ouder = (!ouder && !ouder_j) || (ouder && ouder_j && *ouder == *ouder_j);
      dubbel = dubbel || (zelfde_ouder && zelfde_groep(g, h));  // KI-PI-013/014
      zelfde_soort = zelfde_soort || g.codeSoortObjectId == h.codeSoortObjectId;  // KI-PI-015
    }
    // Named `__all__` at the top, never under the list (§0.1 C.10); opslaan
    // runs only at the top level.
    if (dubbel)
      err.add_at("__all__", "invalid",
                 "`PartijIdentificator` moet uniek zijn, er bestaat er al een met deze "
                 "gegevenscombinatie.");
    if (zelfde_soort)
      err.add_at("__all__", "invalid", "`CodeSoortObjectId` moet uniek zijn voor de Partij.");
    if (dubbel || zelfde_soort) return;
  }
}

void Regels<Vertegenwoordigden>::object(const Walk<Vertegenwoordigden>& w,
                                        json::ErrorPath& err) {
  // KI-VT-002 (KI-VT-001 needs stored data); UUIDs compared as values.
  const auto& v = w.value();
  if (v.vertegenwoordigendePartij.has_value() && v.vertegenwoordigdePartij.has_value() &&
      v.vertegenwoordigendePartij->uuid == v.vertegenwoordigdePartij->uuid)
    err.add_at("vertegenwoordigdePartij", "invalid", "De partij kan niet zichzelf vertegenwoordigen.");
}

}  // namespace ki::rules

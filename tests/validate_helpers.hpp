#pragma once
// Shared by the tests/test_validate_*.cpp files: run the validator on a JSON
// body and compare its invalidParams with an expected list, in order.
//
//   auto e = ki::test::fouten<ki::Klantcontact>(R"({...})");
//   CHECK_FOUTEN(e, {"kanaal", "required", "Dit veld is vereist."},
//                   {"taal", "max_length", ""});   // "" reason: not compared
//   CHECK_FOUTEN(e);                                // no errors expected
//
// Options: ki::test::opties(Modus::partial, Profiel::strict).

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "klantinteracties/rules/validate.hpp"

namespace ki::test {

// The messages that several objecttypes' rules give (validation.md).
namespace teksten {
inline const std::string kVereist = "Dit veld is vereist.";
inline const std::string kLeeg = "Dit veld mag niet leeg zijn.";
inline const std::string kEmail = "Voer een geldig e-mailadres in.";
inline const std::string kTelefoon = "Het opgegeven telefoonnummer is ongeldig.";
inline const std::string kTelefoonPrefix =
    "Het opgegeven telefoonnummer is ongeldig, telefoonnummers beginnend met 0800, 0900, 1400 "
    "of 140xx zijn niet toegestaan.";
inline const std::string kGeenObject = "Ongeldige data. Verwacht een dictionary, kreeg een str.";
inline const std::string kGeenTekst = "Not a valid string.";
inline const std::string kOnjuistBsn = "Deze waarde is ongeldig, reden: Onjuist BSN nummer";
inline const std::string kSubVerplicht =
    "Voor een PartijIdentificator met codeSoortObjectId = `vestigingsnummer` is het verplicht "
    "om een `sub_identifier_van` met codeSoortObjectId = `kvk_nummer` te kiezen.";
}  // namespace teksten

// One expected invalidParam; an empty reason is not compared.
struct Verwacht {
  std::string name;
  std::string code;
  std::string reason;
};

inline rules::Options opties(rules::Modus modus = rules::Modus::create,
                             rules::Profiel profiel = rules::Profiel::openklant,
                             const referentielijsten::Referentielijsten* lijsten = nullptr) {
  rules::Options o;
  o.modus = modus;
  o.profiel = profiel;
  o.referentielijsten = lijsten;
  return o;
}

inline rules::Options strict(rules::Modus modus = rules::Modus::create) {
  return opties(modus, rules::Profiel::strict);
}

// The invalidParams of validating `json` as an objecttype T.
template <class T>
InvalidParams fouten(std::string_view json, const rules::Options& opt = {}) {
  return rules::validate<T>(json, opt).errors;
}

inline std::string toon(const InvalidParams& got) {
  std::string s = "invalidParams (" + std::to_string(got.size()) + "):";
  for (const auto& p : got)
    s += "\n  {\"" + p.name + "\", \"" + p.code + "\", \"" + p.reason + "\"}";
  return s;
}

inline std::string toon(const std::vector<Verwacht>& want) {
  std::string s = "expected (" + std::to_string(want.size()) + "):";
  for (const auto& p : want)
    s += "\n  {\"" + p.name + "\", \"" + p.code + "\", \"" + p.reason + "\"}";
  return s;
}

inline bool gelijk(const InvalidParams& got, const std::vector<Verwacht>& want) {
  if (got.size() != want.size()) return false;
  for (std::size_t i = 0; i < got.size(); ++i) {
    if (got[i].name != want[i].name || got[i].code != want[i].code) return false;
    if (!want[i].reason.empty() && got[i].reason != want[i].reason) return false;
  }
  return true;
}

}  // namespace ki::test

// CHECK that `got` (InvalidParams) equals the expected {name, code, reason}
// entries, in order; with no entries, that there are no errors.
#define CHECK_FOUTEN(got, ...)                                                      \
  do {                                                                              \
    const ::ki::InvalidParams& ki_got_ = (got);                                     \
    const std::vector<::ki::test::Verwacht> ki_want_{__VA_ARGS__};                  \
    CHECK_MESSAGE(::ki::test::gelijk(ki_got_, ki_want_),                            \
                  (::ki::test::toon(ki_got_) + "\n" + ::ki::test::toon(ki_want_))); \
  } while (0)

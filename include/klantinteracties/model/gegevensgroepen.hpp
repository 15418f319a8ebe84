#pragma once
// The gegevensgroepen (model.md §8): value groups stored on their owner.

#include <cstdint>
#include <string>

#include "klantinteracties/model/describe.hpp"
#include "klantinteracties/model/values.hpp"

namespace ki {

// Bezoekadres / Correspondentieadres of a Betrokkene or Partij (§8.1).
struct Adres {
  Field<std::string> nummeraanduidingId;
  Field<std::string> straatnaam;
  Field<std::int64_t> huisnummer;
  Field<std::string> huisnummertoevoeging;
  Field<std::string> postcode;
  Field<std::string> stad;
  Field<std::string> adresregel1;
  Field<std::string> adresregel2;
  Field<std::string> adresregel3;
  Field<std::string> land;
  Unknown unknown;
  friend bool operator==(const Adres&, const Adres&) = default;
};

template <>
struct Describe<Adres> {
  static constexpr std::string_view naam = "Bezoekadres";
  static constexpr auto velden = std::tuple{
      veld("nummeraanduidingId", &Adres::nummeraanduidingId, max_length(16)),
      veld("straatnaam", &Adres::straatnaam, max_length(255)),
      veld("huisnummer", &Adres::huisnummer, nullable),
      veld("huisnummertoevoeging", &Adres::huisnummertoevoeging, max_length(20)),
      veld("postcode", &Adres::postcode, max_length(7)),
      veld("stad", &Adres::stad, max_length(255)),
      veld("adresregel1", &Adres::adresregel1, max_length(80)),
      veld("adresregel2", &Adres::adresregel2, max_length(80)),
      veld("adresregel3", &Adres::adresregel3, max_length(80)),
      veld("land", &Adres::land, max_length(2) | min_length(2)),
  };
};

// Contactnaam of a Betrokkene, Persoon or Contactpersoon (§8.2).
struct Contactnaam {
  Field<std::string> voorletters;
  Field<std::string> voornaam;
  Field<std::string> voorvoegselAchternaam;
  Field<std::string> achternaam;
  Unknown unknown;
  friend bool operator==(const Contactnaam&, const Contactnaam&) = default;
};

template <>
struct Describe<Contactnaam> {
  static constexpr std::string_view naam = "Contactnaam";
  static constexpr auto velden = std::tuple{
      veld("voorletters", &Contactnaam::voorletters, max_length(10)),
      veld("voornaam", &Contactnaam::voornaam, max_length(200)),
      veld("voorvoegselAchternaam", &Contactnaam::voorvoegselAchternaam, max_length(10)),
      veld("achternaam", &Contactnaam::achternaam, max_length(200)),
  };
};

// Onderwerpobjectidentificator, BijlageIdentificator and Actoridentificator
// share one shape (§8.3): free text, no code-list check.
struct Objectidentificator {
  Field<std::string> objectId;
  Field<std::string> codeObjecttype;
  Field<std::string> codeRegister;
  Field<std::string> codeSoortObjectId;
  Unknown unknown;
  friend bool operator==(const Objectidentificator&, const Objectidentificator&) = default;
};

template <>
struct Describe<Objectidentificator> {
  static constexpr std::string_view naam = "Onderwerpobjectidentificator";
  static constexpr auto velden = std::tuple{
      veld("objectId", &Objectidentificator::objectId, max_length(200)),
      veld("codeObjecttype", &Objectidentificator::codeObjecttype, max_length(200)),
      veld("codeRegister", &Objectidentificator::codeRegister, max_length(200)),
      veld("codeSoortObjectId", &Objectidentificator::codeSoortObjectId, max_length(200)),
  };
};

enum class CodeObjecttype { natuurlijk_persoon, niet_natuurlijk_persoon, vestiging };
enum class CodeSoortObjectId { bsn, vestigingsnummer, kvk_nummer, rsin };
enum class CodeRegister { brp, hr };

template <>
struct EnumNames<CodeObjecttype> {
  static constexpr std::array<std::string_view, 3> waarden{"natuurlijk_persoon",
                                                           "niet_natuurlijk_persoon", "vestiging"};
};
template <>
struct EnumNames<CodeSoortObjectId> {
  static constexpr std::array<std::string_view, 4> waarden{"bsn", "vestigingsnummer",
                                                           "kvk_nummer", "rsin"};
};
template <>
struct EnumNames<CodeRegister> {
  static constexpr std::array<std::string_view, 2> waarden{"brp", "hr"};
};

// PartijIdentificator.partijIdentificator (§8.4, OAS PartijIdentificatorGroepType):
// all four keys required; objectId may be "".
struct PartijIdentificatorGroep {
  Field<CodeObjecttype> codeObjecttype;
  Field<CodeSoortObjectId> codeSoortObjectId;
  Field<std::string> objectId;
  Field<CodeRegister> codeRegister;
  Unknown unknown;
  friend bool operator==(const PartijIdentificatorGroep&, const PartijIdentificatorGroep&) = default;
};

template <>
struct Describe<PartijIdentificatorGroep> {
  static constexpr std::string_view naam = "PartijIdentificatorGroepType";
  static constexpr auto velden = std::tuple{
      veld("codeObjecttype", &PartijIdentificatorGroep::codeObjecttype, required),
      veld("codeSoortObjectId", &PartijIdentificatorGroep::codeSoortObjectId, required),
      veld("objectId", &PartijIdentificatorGroep::objectId,
           required | allow_blank | max_length(200)),
      veld("codeRegister", &PartijIdentificatorGroep::codeRegister, required),
  };
};

}  // namespace ki

#pragma once
// DigitaalAdres (model.md §5.6).

#include <string>

#include "klantinteracties/model/ref.hpp"

namespace ki {

struct Betrokkene;
struct Partij;

enum class SoortDigitaalAdres { email, telefoonnummer, overig };
template <>
struct EnumNames<SoortDigitaalAdres> {
  static constexpr std::array<std::string_view, 3> waarden{"email", "telefoonnummer", "overig"};
};

// `_expand` of ExpandDigitaalAdres. Boxed: a Betrokkene can expand its
// DigitaleAdressen in turn.
struct DigitaalAdresExpand {
  Field<Box<Betrokkene>> verstrektDoorBetrokkene;
  Unknown unknown;
  friend bool operator==(const DigitaalAdresExpand&, const DigitaalAdresExpand&) = default;
};

struct DigitaalAdres {
  Field<Uuid> uuid;
  Field<std::string> url;
  Field<Ref<Betrokkene>> verstrektDoorBetrokkene;
  Field<Ref<Partij>> verstrektDoorPartij;
  Field<std::string> adres;
  Field<SoortDigitaalAdres> soortDigitaalAdres;
  Field<bool> isStandaardAdres;
  Field<std::string> omschrijving;
  Field<std::string> referentie;
  Field<Date> verificatieDatum;
  Field<DigitaalAdresExpand> expand;
  Unknown unknown;
  friend bool operator==(const DigitaalAdres&, const DigitaalAdres&) = default;
};

template <>
struct Resource<DigitaalAdres> {
  static constexpr std::string_view naam = "DigitaalAdres";
  static constexpr std::string_view collectie = "digitaleadressen";
};

template <>
struct Describe<DigitaalAdresExpand> {
  static constexpr std::string_view naam = "_expand";
  static constexpr auto velden = std::tuple{
      veld("verstrektDoorBetrokkene", &DigitaalAdresExpand::verstrektDoorBetrokkene, nullable),
  };
};

template <>
struct Describe<DigitaalAdres> {
  static constexpr std::string_view naam = "DigitaalAdres";
  static constexpr auto velden = std::tuple{
      veld("uuid", &DigitaalAdres::uuid, read_only),
      veld("url", &DigitaalAdres::url, read_only | max_length(1000)),
      veld("verstrektDoorBetrokkene", &DigitaalAdres::verstrektDoorBetrokkene, nullable),
      veld("verstrektDoorPartij", &DigitaalAdres::verstrektDoorPartij, nullable | key_required),
      veld("adres", &DigitaalAdres::adres, required | max_length(80)),
      veld("soortDigitaalAdres", &DigitaalAdres::soortDigitaalAdres, required),
      veld("isStandaardAdres", &DigitaalAdres::isStandaardAdres),
      veld("omschrijving", &DigitaalAdres::omschrijving, max_length(40)),
      veld("referentie", &DigitaalAdres::referentie, max_length(50)),
      veld("verificatieDatum", &DigitaalAdres::verificatieDatum, nullable),
      veld("_expand", &DigitaalAdres::expand, read_only),
  };
};

}  // namespace ki

// The expanded Betrokkene must be complete wherever a DigitaalAdres is used.
#include "klantinteracties/model/klantcontact.hpp"  // IWYU pragma: keep

#pragma once
// The Partij group (model.md §5): Partij (polymorphic on soortPartij) with
// Persoon, Organisatie, Contactpersoon; PartijIdentificator; Vertegenwoordigden;
// Categorie and CategorieRelatie.

#include <string>
#include <variant>
#include <vector>

#include "klantinteracties/model/digitaal_adres.hpp"
#include "klantinteracties/model/gegevensgroepen.hpp"
#include "klantinteracties/model/klantcontact.hpp"
#include "klantinteracties/model/ref.hpp"
#include "klantinteracties/model/rekeningnummer.hpp"

namespace ki {

enum class SoortPartij { persoon, organisatie, contactpersoon };
template <>
struct EnumNames<SoortPartij> {
  static constexpr std::array<std::string_view, 3> waarden{"persoon", "organisatie",
                                                           "contactpersoon"};
};

// partijIdentificatie when soortPartij = persoon (§5.3).
struct Persoon {
  Field<Contactnaam> contactnaam;
  Field<std::string> volledigeNaam;
  Unknown unknown;
  friend bool operator==(const Persoon&, const Persoon&) = default;
};

// partijIdentificatie when soortPartij = organisatie (§5.4).
struct Organisatie {
  Field<std::string> naam;
  Unknown unknown;
  friend bool operator==(const Organisatie&, const Organisatie&) = default;
};

// partijIdentificatie when soortPartij = contactpersoon (§5.5).
struct Contactpersoon {
  Field<Uuid> uuid;
  Field<Ref<Partij>> werkteVoorPartij;  // must be an organisatie (KI-PA-010)
  Field<Contactnaam> contactnaam;
  Field<std::string> volledigeNaam;
  Unknown unknown;
  friend bool operator==(const Contactpersoon&, const Contactpersoon&) = default;
};

// Alternatives in the order of SoortPartij.
using PartijIdentificatie = std::variant<Persoon, Organisatie, Contactpersoon>;

// PartijIdentificator (§5.2): standalone resource and nested in a Partij.
struct PartijIdentificator {
  Field<Uuid> uuid;  // writable: addresses an existing one when nested in a Partij
  Field<std::string> url;
  Field<Ref<Partij>> identificeerdePartij;
  Field<std::string> anderePartijIdentificator;  // deprecated
  Field<PartijIdentificatorGroep> partijIdentificator;
  Field<Ref<PartijIdentificator>> subIdentificatorVan;
  Unknown unknown;
  friend bool operator==(const PartijIdentificator&, const PartijIdentificator&) = default;
};

struct CategorieRelatie;

// `_expand` of ExpandPartij.
struct PartijExpand {
  Field<std::vector<DigitaalAdres>> digitaleAdressen;
  Field<std::vector<Betrokkene>> betrokkenen;
  Field<std::vector<CategorieRelatie>> categorieRelaties;
  Unknown unknown;
  friend bool operator==(const PartijExpand&, const PartijExpand&) = default;
};

struct Partij {
  Field<Uuid> uuid;
  Field<std::string> url;
  Field<std::string> nummer;  // deprecated (§1.8)
  Field<std::string> interneNotitie;
  Field<std::vector<Ref<Betrokkene>>> betrokkenen;
  Field<std::vector<CategorieRelatieRef>> categorieRelaties;
  Field<std::vector<Ref<DigitaalAdres>>> digitaleAdressen;
  Field<Ref<DigitaalAdres>> voorkeursDigitaalAdres;
  Field<std::vector<Ref<Partij>>> vertegenwoordigden;
  Field<std::vector<Ref<Rekeningnummer>>> rekeningnummers;
  Field<Ref<Rekeningnummer>> voorkeursRekeningnummer;
  Field<std::vector<PartijIdentificator>> partijIdentificatoren;
  Field<SoortPartij> soortPartij;
  Field<bool> indicatieGeheimhouding;
  Field<std::string> voorkeurstaal;
  Field<bool> indicatieActief;
  Field<Adres> bezoekadres;
  Field<Adres> correspondentieadres;
  Field<PartijIdentificatie> partijIdentificatie;
  Field<PartijExpand> expand;
  Unknown unknown;
  friend bool operator==(const Partij&, const Partij&) = default;
};

struct Vertegenwoordigden {
  Field<Uuid> uuid;
  Field<std::string> url;
  Field<Ref<Partij>> vertegenwoordigendePartij;
  Field<Ref<Partij>> vertegenwoordigdePartij;
  Unknown unknown;
  friend bool operator==(const Vertegenwoordigden&, const Vertegenwoordigden&) = default;
};

// EXPERIMENTEEL in Open Klant (§5.9).
struct Categorie {
  Field<Uuid> uuid;
  Field<std::string> url;
  Field<std::string> naam;
  Unknown unknown;
  friend bool operator==(const Categorie&, const Categorie&) = default;
};

// EXPERIMENTEEL in Open Klant (§5.10).
struct CategorieRelatie {
  Field<Uuid> uuid;
  Field<std::string> url;
  Field<Ref<Partij>> partij;
  Field<CategorieRef> categorie;
  Field<Date> beginDatum;
  Field<Date> eindDatum;
  Unknown unknown;
  friend bool operator==(const CategorieRelatie&, const CategorieRelatie&) = default;
};

template <>
struct Resource<Partij> {
  static constexpr std::string_view naam = "Partij";
  static constexpr std::string_view collectie = "partijen";
};
template <>
struct Resource<PartijIdentificator> {
  static constexpr std::string_view naam = "PartijIdentificator";
  static constexpr std::string_view collectie = "partij-identificatoren";
};
template <>
struct Resource<Vertegenwoordigden> {
  static constexpr std::string_view naam = "Vertegenwoordigden";
  static constexpr std::string_view collectie = "vertegenwoordigingen";
};
template <>
struct Resource<Categorie> {
  static constexpr std::string_view naam = "Categorie";
  static constexpr std::string_view collectie = "categorieen";
};
template <>
struct Resource<CategorieRelatie> {
  static constexpr std::string_view naam = "CategorieRelatie";
  static constexpr std::string_view collectie = "categorie-relaties";
};

template <>
struct Describe<Persoon> {
  static constexpr std::string_view naam = "Persoon";
  static constexpr auto velden = std::tuple{
      veld("contactnaam", &Persoon::contactnaam, nullable),
      veld("volledigeNaam", &Persoon::volledigeNaam, read_only),
  };
};

template <>
struct Describe<Organisatie> {
  static constexpr std::string_view naam = "Organisatie";
  static constexpr auto velden = std::tuple{
      veld("naam", &Organisatie::naam, max_length(200)),
  };
};

template <>
struct Describe<Contactpersoon> {
  static constexpr std::string_view naam = "Contactpersoon";
  static constexpr auto velden = std::tuple{
      veld("uuid", &Contactpersoon::uuid),
      veld("werkteVoorPartij", &Contactpersoon::werkteVoorPartij, nullable),
      veld("contactnaam", &Contactpersoon::contactnaam, nullable),
      veld("volledigeNaam", &Contactpersoon::volledigeNaam, read_only),
  };
};

template <>
struct Describe<PartijIdentificator> {
  static constexpr std::string_view naam = "PartijIdentificator";
  static constexpr auto velden = std::tuple{
      veld("uuid", &PartijIdentificator::uuid),
      veld("url", &PartijIdentificator::url, read_only | max_length(1000)),
      veld("identificeerdePartij", &PartijIdentificator::identificeerdePartij, nullable),
      veld("anderePartijIdentificator", &PartijIdentificator::anderePartijIdentificator,
           max_length(200)),
      veld("partijIdentificator", &PartijIdentificator::partijIdentificator, required),
      veld("subIdentificatorVan", &PartijIdentificator::subIdentificatorVan, nullable),
  };
};

template <>
struct Describe<PartijExpand> {
  static constexpr std::string_view naam = "_expand";
  static constexpr auto velden = std::tuple{
      veld("digitaleAdressen", &PartijExpand::digitaleAdressen, nullable),
      veld("betrokkenen", &PartijExpand::betrokkenen),
      veld("categorieRelaties", &PartijExpand::categorieRelaties),
  };
};

template <>
struct Describe<Partij> {
  static constexpr std::string_view naam = "Partij";
  static constexpr auto velden = std::tuple{
      veld("uuid", &Partij::uuid, read_only),
      veld("url", &Partij::url, read_only | max_length(1000)),
      veld("nummer", &Partij::nummer, nullable | max_length(10)),
      veld("interneNotitie", &Partij::interneNotitie, max_length(1000)),
      veld("betrokkenen", &Partij::betrokkenen, read_only),
      veld("categorieRelaties", &Partij::categorieRelaties, read_only),
      veld("digitaleAdressen", &Partij::digitaleAdressen, nullable),
      veld("voorkeursDigitaalAdres", &Partij::voorkeursDigitaalAdres, nullable),
      veld("vertegenwoordigden", &Partij::vertegenwoordigden, read_only),
      veld("rekeningnummers", &Partij::rekeningnummers, nullable),
      veld("voorkeursRekeningnummer", &Partij::voorkeursRekeningnummer, nullable),
      veld("partijIdentificatoren", &Partij::partijIdentificatoren, nullable),
      veld("soortPartij", &Partij::soortPartij, required),
      veld("indicatieGeheimhouding", &Partij::indicatieGeheimhouding, nullable),
      veld("voorkeurstaal", &Partij::voorkeurstaal, max_length(3)),
      veld("indicatieActief", &Partij::indicatieActief, required),
      veld("bezoekadres", &Partij::bezoekadres, nullable),
      veld("correspondentieadres", &Partij::correspondentieadres, nullable),
      poly_veld("partijIdentificatie", &Partij::partijIdentificatie, &Partij::soortPartij),
      veld("_expand", &Partij::expand, read_only),
  };
};

template <>
struct Describe<Vertegenwoordigden> {
  static constexpr std::string_view naam = "Vertegenwoordigden";
  static constexpr auto velden = std::tuple{
      veld("uuid", &Vertegenwoordigden::uuid, read_only),
      veld("url", &Vertegenwoordigden::url, read_only | max_length(1000)),
      veld("vertegenwoordigendePartij", &Vertegenwoordigden::vertegenwoordigendePartij, required),
      veld("vertegenwoordigdePartij", &Vertegenwoordigden::vertegenwoordigdePartij, required),
  };
};

template <>
struct Describe<Categorie> {
  static constexpr std::string_view naam = "Categorie";
  static constexpr auto velden = std::tuple{
      veld("uuid", &Categorie::uuid, read_only),
      veld("url", &Categorie::url, read_only | max_length(1000)),
      veld("naam", &Categorie::naam, max_length(80)),
  };
};

template <>
struct Describe<CategorieRelatie> {
  static constexpr std::string_view naam = "CategorieRelatie";
  static constexpr auto velden = std::tuple{
      veld("uuid", &CategorieRelatie::uuid, read_only),
      veld("url", &CategorieRelatie::url, read_only | max_length(1000)),
      veld("partij", &CategorieRelatie::partij, nullable),
      veld("categorie", &CategorieRelatie::categorie, nullable),
      veld("beginDatum", &CategorieRelatie::beginDatum, nullable),
      veld("eindDatum", &CategorieRelatie::eindDatum, nullable),
  };
};

}  // namespace ki

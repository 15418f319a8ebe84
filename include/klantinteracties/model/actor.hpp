#pragma once
// Actor (polymorphic on soortActor) and its details (model.md §4).

#include <string>
#include <variant>

#include "klantinteracties/model/gegevensgroepen.hpp"
#include "klantinteracties/model/ref.hpp"

namespace ki {

enum class SoortActor { medewerker, geautomatiseerde_actor, organisatorische_eenheid };
template <>
struct EnumNames<SoortActor> {
  static constexpr std::array<std::string_view, 3> waarden{"medewerker", "geautomatiseerde_actor",
                                                           "organisatorische_eenheid"};
};

// actorIdentificatie when soortActor = medewerker (§4.2).
struct Medewerker {
  Field<std::string> functie;
  Field<std::string> emailadres;
  Field<std::string> telefoonnummer;
  Unknown unknown;
  friend bool operator==(const Medewerker&, const Medewerker&) = default;
};

// actorIdentificatie when soortActor = geautomatiseerde_actor (§4.3).
struct GeautomatiseerdeActor {
  Field<std::string> functie;
  Field<std::string> omschrijving;
  Unknown unknown;
  friend bool operator==(const GeautomatiseerdeActor&, const GeautomatiseerdeActor&) = default;
};

// actorIdentificatie when soortActor = organisatorische_eenheid (§4.4).
struct OrganisatorischeEenheid {
  Field<std::string> omschrijving;
  Field<std::string> emailadres;
  Field<std::string> faxnummer;
  Field<std::string> telefoonnummer;
  Unknown unknown;
  friend bool operator==(const OrganisatorischeEenheid&, const OrganisatorischeEenheid&) = default;
};

// Alternatives in the order of SoortActor.
using ActorIdentificatie = std::variant<Medewerker, GeautomatiseerdeActor, OrganisatorischeEenheid>;

struct Actor {
  Field<Uuid> uuid;
  Field<std::string> url;
  Field<std::string> naam;
  Field<SoortActor> soortActor;
  Field<bool> indicatieActief;
  Field<Objectidentificator> actoridentificator;
  Field<ActorIdentificatie> actorIdentificatie;
  Unknown unknown;
  friend bool operator==(const Actor&, const Actor&) = default;
};

template <>
struct Resource<Actor> {
  static constexpr std::string_view naam = "Actor";
  static constexpr std::string_view collectie = "actoren";
};

template <>
struct Describe<Medewerker> {
  static constexpr std::string_view naam = "Medewerker";
  static constexpr auto velden = std::tuple{
      veld("functie", &Medewerker::functie, required | max_length(40)),
      veld("emailadres", &Medewerker::emailadres, max_length(254)),
      veld("telefoonnummer", &Medewerker::telefoonnummer, required | max_length(20)),
  };
};

template <>
struct Describe<GeautomatiseerdeActor> {
  static constexpr std::string_view naam = "GeautomatiseerdeActor";
  static constexpr auto velden = std::tuple{
      veld("functie", &GeautomatiseerdeActor::functie, required | max_length(40)),
      veld("omschrijving", &GeautomatiseerdeActor::omschrijving, max_length(200)),
  };
};

template <>
struct Describe<OrganisatorischeEenheid> {
  static constexpr std::string_view naam = "OrganisatorischeEenheid";
  static constexpr auto velden = std::tuple{
      veld("omschrijving", &OrganisatorischeEenheid::omschrijving, max_length(200)),
      veld("emailadres", &OrganisatorischeEenheid::emailadres, max_length(254)),
      veld("faxnummer", &OrganisatorischeEenheid::faxnummer, max_length(20)),
      veld("telefoonnummer", &OrganisatorischeEenheid::telefoonnummer, max_length(20)),
  };
};

template <>
struct Describe<Actor> {
  static constexpr std::string_view naam = "Actor";
  static constexpr auto velden = std::tuple{
      veld("uuid", &Actor::uuid, read_only),
      veld("url", &Actor::url, read_only | max_length(1000)),
      veld("naam", &Actor::naam, required | max_length(200)),
      veld("soortActor", &Actor::soortActor, required),
      veld("indicatieActief", &Actor::indicatieActief),
      veld("actoridentificator", &Actor::actoridentificator, nullable),
      poly_veld("actorIdentificatie", &Actor::actorIdentificatie, &Actor::soortActor),
  };
};

}  // namespace ki

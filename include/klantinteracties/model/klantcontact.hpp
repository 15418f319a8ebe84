#pragma once
// The Klantcontact group (model.md §3): Klantcontact, Betrokkene,
// Onderwerpobject, Bijlage, ActorKlantcontact, MaakKlantcontact.

#include <string>
#include <vector>

#include "klantinteracties/model/actor.hpp"
#include "klantinteracties/model/digitaal_adres.hpp"
#include "klantinteracties/model/gegevensgroepen.hpp"
#include "klantinteracties/model/interne_taak.hpp"
#include "klantinteracties/model/ref.hpp"

namespace ki {

struct Partij;
struct Betrokkene;
struct Onderwerpobject;
struct Bijlage;

enum class Rol { vertegenwoordiger, klant };
template <>
struct EnumNames<Rol> {
  static constexpr std::array<std::string_view, 2> waarden{"vertegenwoordiger", "klant"};
};

// `_expand` of ExpandKlantcontact.
struct KlantcontactExpand {
  Field<std::vector<Betrokkene>> hadBetrokkenen;
  Field<std::vector<InterneTaak>> leiddeTotInterneTaken;
  Field<std::vector<Onderwerpobject>> gingOverOnderwerpobjecten;
  Field<std::vector<Bijlage>> omvatteBijlagen;
  Unknown unknown;
  friend bool operator==(const KlantcontactExpand&, const KlantcontactExpand&) = default;
};

struct Klantcontact {
  Field<Uuid> uuid;
  Field<std::string> url;
  Field<std::vector<Ref<Onderwerpobject>>> gingOverOnderwerpobjecten;
  Field<std::vector<Actor>> hadBetrokkenActoren;  // full Actor objects, not references
  Field<std::vector<Ref<Bijlage>>> omvatteBijlagen;
  Field<std::vector<Ref<Betrokkene>>> hadBetrokkenen;
  Field<std::vector<Ref<InterneTaak>>> leiddeTotInterneTaken;
  Field<std::string> nummer;  // deprecated (§1.8)
  Field<std::string> referentienummer;
  Field<std::string> kanaal;
  Field<std::string> onderwerp;
  Field<std::string> inhoud;
  Field<std::string> reactie;
  Field<bool> indicatieContactGelukt;
  Field<std::string> hoofdOnderwerpType;
  Field<bool> verdereActieOndernomen;
  Field<std::string> taal;
  Field<bool> vertrouwelijk;
  Field<DateTime> plaatsgevondenOp;
  Field<Metadata> metadata;
  Field<KlantcontactExpand> expand;
  Unknown unknown;
  friend bool operator==(const Klantcontact&, const Klantcontact&) = default;
};

// `_expand` of ExpandBetrokkene.
struct BetrokkeneExpand {
  Field<std::vector<DigitaalAdres>> digitaleAdressen;
  Unknown unknown;
  friend bool operator==(const BetrokkeneExpand&, const BetrokkeneExpand&) = default;
};

struct Betrokkene {
  Field<Uuid> uuid;
  Field<std::string> url;
  Field<Ref<Partij>> wasPartij;
  Field<Ref<Klantcontact>> hadKlantcontact;
  Field<std::vector<Ref<DigitaalAdres>>> digitaleAdressen;
  Field<Adres> bezoekadres;
  Field<Adres> correspondentieadres;
  Field<Contactnaam> contactnaam;
  Field<std::string> volledigeNaam;
  Field<Rol> rol;
  Field<std::string> organisatienaam;
  Field<bool> initiator;
  Field<BetrokkeneExpand> expand;
  Unknown unknown;
  friend bool operator==(const Betrokkene&, const Betrokkene&) = default;
};

struct Onderwerpobject {
  Field<Uuid> uuid;
  Field<std::string> url;
  Field<Ref<Klantcontact>> klantcontact;
  Field<Ref<Klantcontact>> wasKlantcontact;
  Field<Objectidentificator> onderwerpobjectidentificator;
  Unknown unknown;
  friend bool operator==(const Onderwerpobject&, const Onderwerpobject&) = default;
};

struct Bijlage {
  Field<Uuid> uuid;
  Field<std::string> url;
  Field<Ref<Klantcontact>> wasBijlageVanKlantcontact;
  Field<Objectidentificator> bijlageidentificator;
  Unknown unknown;
  friend bool operator==(const Bijlage&, const Bijlage&) = default;
};

struct ActorKlantcontact {
  Field<Uuid> uuid;
  Field<std::string> url;
  Field<Ref<Actor>> actor;
  Field<Ref<Klantcontact>> klantcontact;
  Unknown unknown;
  friend bool operator==(const ActorKlantcontact&, const ActorKlantcontact&) = default;
};

// POST /maak-klantcontact: request and response (§3.6). In it the
// betrokkene's hadKlantcontact and the onderwerpobject's klantcontact are
// read-only.
struct MaakKlantcontact {
  Field<Klantcontact> klantcontact;
  Field<Betrokkene> betrokkene;
  Field<Onderwerpobject> onderwerpobject;
  Unknown unknown;
  friend bool operator==(const MaakKlantcontact&, const MaakKlantcontact&) = default;
};

template <>
struct Resource<Klantcontact> {
  static constexpr std::string_view naam = "Klantcontact";
  static constexpr std::string_view collectie = "klantcontacten";
};
template <>
struct Resource<Betrokkene> {
  static constexpr std::string_view naam = "Betrokkene";
  static constexpr std::string_view collectie = "betrokkenen";
};
template <>
struct Resource<Onderwerpobject> {
  static constexpr std::string_view naam = "Onderwerpobject";
  static constexpr std::string_view collectie = "onderwerpobjecten";
};
template <>
struct Resource<Bijlage> {
  static constexpr std::string_view naam = "Bijlage";
  static constexpr std::string_view collectie = "bijlagen";
};
template <>
struct Resource<ActorKlantcontact> {
  static constexpr std::string_view naam = "ActorKlantcontact";
  static constexpr std::string_view collectie = "actorklantcontacten";
};

template <>
struct Describe<KlantcontactExpand> {
  static constexpr std::string_view naam = "_expand";
  static constexpr auto velden = std::tuple{
      veld("hadBetrokkenen", &KlantcontactExpand::hadBetrokkenen),
      veld("leiddeTotInterneTaken", &KlantcontactExpand::leiddeTotInterneTaken),
      veld("gingOverOnderwerpobjecten", &KlantcontactExpand::gingOverOnderwerpobjecten),
      veld("omvatteBijlagen", &KlantcontactExpand::omvatteBijlagen),
  };
};

template <>
struct Describe<Klantcontact> {
  static constexpr std::string_view naam = "Klantcontact";
  static constexpr auto velden = std::tuple{
      veld("uuid", &Klantcontact::uuid, read_only),
      veld("url", &Klantcontact::url, read_only | max_length(1000)),
      veld("gingOverOnderwerpobjecten", &Klantcontact::gingOverOnderwerpobjecten, read_only),
      veld("hadBetrokkenActoren", &Klantcontact::hadBetrokkenActoren, read_only),
      veld("omvatteBijlagen", &Klantcontact::omvatteBijlagen, read_only),
      veld("hadBetrokkenen", &Klantcontact::hadBetrokkenen, read_only),
      veld("leiddeTotInterneTaken", &Klantcontact::leiddeTotInterneTaken, read_only),
      veld("nummer", &Klantcontact::nummer, nullable | max_length(10)),
      veld("referentienummer", &Klantcontact::referentienummer, nullable | max_length(10)),
      veld("kanaal", &Klantcontact::kanaal, required | max_length(50)),
      veld("onderwerp", &Klantcontact::onderwerp, required | max_length(200)),
      veld("inhoud", &Klantcontact::inhoud, max_length(1000)),
      veld("reactie", &Klantcontact::reactie, max_length(4000)),
      veld("indicatieContactGelukt", &Klantcontact::indicatieContactGelukt, nullable),
      veld("hoofdOnderwerpType", &Klantcontact::hoofdOnderwerpType, max_length(200)),
      veld("verdereActieOndernomen", &Klantcontact::verdereActieOndernomen),
      veld("taal", &Klantcontact::taal, required | max_length(3)),
      veld("vertrouwelijk", &Klantcontact::vertrouwelijk, required),
      veld("plaatsgevondenOp", &Klantcontact::plaatsgevondenOp),
      veld("metadata", &Klantcontact::metadata),
      veld("_expand", &Klantcontact::expand, read_only),
  };
};

template <>
struct Describe<BetrokkeneExpand> {
  static constexpr std::string_view naam = "_expand";
  static constexpr auto velden = std::tuple{
      veld("digitaleAdressen", &BetrokkeneExpand::digitaleAdressen),
  };
};

template <>
struct Describe<Betrokkene> {
  static constexpr std::string_view naam = "Betrokkene";
  static constexpr auto velden = std::tuple{
      veld("uuid", &Betrokkene::uuid, read_only),
      veld("url", &Betrokkene::url, read_only | max_length(1000)),
      veld("wasPartij", &Betrokkene::wasPartij, nullable),
      veld("hadKlantcontact", &Betrokkene::hadKlantcontact, required),
      veld("digitaleAdressen", &Betrokkene::digitaleAdressen, read_only),
      veld("bezoekadres", &Betrokkene::bezoekadres, nullable),
      veld("correspondentieadres", &Betrokkene::correspondentieadres, nullable),
      veld("contactnaam", &Betrokkene::contactnaam, nullable),
      veld("volledigeNaam", &Betrokkene::volledigeNaam, read_only),
      veld("rol", &Betrokkene::rol, required),
      veld("organisatienaam", &Betrokkene::organisatienaam, max_length(200)),
      veld("initiator", &Betrokkene::initiator, required),
      veld("_expand", &Betrokkene::expand, read_only),
  };
};

template <>
struct Describe<Onderwerpobject> {
  static constexpr std::string_view naam = "Onderwerpobject";
  static constexpr auto velden = std::tuple{
      veld("uuid", &Onderwerpobject::uuid, read_only),
      veld("url", &Onderwerpobject::url, read_only | max_length(1000)),
      veld("klantcontact", &Onderwerpobject::klantcontact, nullable),
      veld("wasKlantcontact", &Onderwerpobject::wasKlantcontact, nullable),
      veld("onderwerpobjectidentificator", &Onderwerpobject::onderwerpobjectidentificator,
           nullable),
  };
};

template <>
struct Describe<Bijlage> {
  static constexpr std::string_view naam = "Bijlage";
  static constexpr auto velden = std::tuple{
      veld("uuid", &Bijlage::uuid, read_only),
      veld("url", &Bijlage::url, read_only | max_length(1000)),
      veld("wasBijlageVanKlantcontact", &Bijlage::wasBijlageVanKlantcontact, nullable),
      veld("bijlageidentificator", &Bijlage::bijlageidentificator, nullable),
  };
};

template <>
struct Describe<ActorKlantcontact> {
  static constexpr std::string_view naam = "ActorKlantcontact";
  static constexpr auto velden = std::tuple{
      veld("uuid", &ActorKlantcontact::uuid, read_only),
      veld("url", &ActorKlantcontact::url, read_only | max_length(1000)),
      veld("actor", &ActorKlantcontact::actor, required),
      veld("klantcontact", &ActorKlantcontact::klantcontact, required),
  };
};

template <>
struct Describe<MaakKlantcontact> {
  static constexpr std::string_view naam = "MaakKlantcontact";
  static constexpr auto velden = std::tuple{
      veld("klantcontact", &MaakKlantcontact::klantcontact, required),
      veld("betrokkene", &MaakKlantcontact::betrokkene),
      veld("onderwerpobject", &MaakKlantcontact::onderwerpobject),
  };
};

}  // namespace ki

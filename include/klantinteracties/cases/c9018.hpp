#pragma once
// C9018 — Klant belt KCC om een product aan te vragen (spec/cases.md §2, in
// the order of the seed's page). One function per step; c9018() runs the
// whole case in one all-or-nothing call.
//
//   auto kc = ki::cases::registreer_klantcontact(reg, gegevens, medewerker);
//   auto partij = ki::cases::zoek_partij_op_bsn(reg, "999990019");
//   auto klant = ki::cases::registreer_klant(reg, kc.klantcontact,
//                                            ki::cases::KlantBekend{*partij});
//   auto bijlage = ki::cases::registreer_bijlage(
//       reg, kc.klantcontact, ki::cases::productaanvraag(aanvraag_uuid));
//
// Every step is described in gegevens.hpp: one call, all-or-nothing, errors
// named by the part (`klantcontact.`, `actorKlantcontact.`, `partij.`,
// `betrokkene.`, `bijlage.`, `interneTaak.`, `onderwerpobject.`).

#include <optional>
#include <string_view>
#include <variant>
#include <vector>

#include "klantinteracties/cases/gegevens.hpp"

namespace ki::cases {

// ---- Step 2 (F2173): the klantcontact and the employee who had it ----------

struct KlantcontactStap : Uitkomst {
  Uuid klantcontact{};
  Uuid actorKlantcontact{};
};

// POST /klantcontacten, then POST /actorklantcontacten for `medewerker`.
KlantcontactStap registreer_klantcontact(Register& reg, const KlantcontactGegevens& gegevens,
                                         const Uuid& medewerker, const Opties& opties = {});

// ---- Step 3 (F7927): find the klant ----------------------------------------

// The partij with this BSN (a partij-identificator with codeSoortObjectId
// `bsn` and this objectId; Register::partijen_op_identificator); none when
// there is none or more than one.
std::optional<Uuid> zoek_partij_op_bsn(const Register& reg, std::string_view bsn);
// The partij that gave this digitaal adres (Register::partijen_op_digitaal_adres:
// `verstrektDoorPartij` of the adressen `GET /digitaleadressen?adres=…` finds);
// none when no partij or several partijen gave it.
std::optional<Uuid> zoek_partij_op_digitaal_adres(const Register& reg, std::string_view adres);

// The partijen with exactly this name (Register::partijen_op_naam): more
// than one is for the employee to choose from, with the caller.
std::vector<Uuid> zoek_partijen_op_naam(const Register& reg, std::string_view naam);

// ---- Step 4: the betrokkene, in three variants -------------------------------

// F7554 alone: a partij with its nested identificatoren (one atomic POST
// /partijen), its digitale adressen and its voorkeursDigitaalAdres (PATCH).
struct PartijStap : Uitkomst {
  Uuid partij{};
  std::vector<Uuid> partijIdentificatoren{};
  std::vector<Uuid> digitaleAdressen{};  // in the order of PartijGegevens::digitaleAdressen
};
PartijStap registreer_partij(Register& reg, const PartijGegevens& gegevens,
                             const Opties& opties = {});

// F2599 alone: a betrokkene of the klantcontact with its own digitale adressen.
struct BetrokkeneStap : Uitkomst {
  Uuid betrokkene{};
  std::vector<Uuid> digitaleAdressen{};
};
BetrokkeneStap registreer_betrokkene(Register& reg, const Uuid& klantcontact,
                                     const BetrokkeneGegevens& gegevens,
                                     const Opties& opties = {});

// Variant A: the klant is known as a partij; the betrokkene links it. Contact
// data given here deviates from the partij's for this contact only.
struct KlantBekend {
  Uuid partij{};
  std::optional<Contactnaam> contactnaam{};
  std::vector<DigitaalAdresGegevens> digitaleAdressen{};
};
// Variant B1: the klant is not known and the data may be reused: a new
// partij, then the betrokkene linking it.
struct NieuwePartij {
  PartijGegevens partij{};
};
// Variant B2: the klant is not known and the data is for this request only:
// no partij; the betrokkene carries the name and its own digitale adressen.
struct AlleenContactgegevens {
  Contactnaam contactnaam{};
  std::vector<DigitaalAdresGegevens> digitaleAdressen{};
};
using Klant = std::variant<KlantBekend, NieuwePartij, AlleenContactgegevens>;

// What step 4 stored (rol klant, initiator: the klant called).
struct KlantRegistratie {
  Uuid betrokkene{};
  std::optional<Uuid> partij{};  // the found or new partij; none in variant B2
  bool nieuwePartij = false;
  std::vector<Uuid> partijIdentificatoren{};  // of a new partij
  std::vector<Uuid> digitaleAdressen{};       // of a new partij, else the betrokkene's own
};
struct KlantStap : Uitkomst {
  KlantRegistratie klant{};
};
KlantStap registreer_klant(Register& reg, const Uuid& klantcontact, const Klant& klant,
                           const Opties& opties = {});

// ---- Step 5 (F1975): the product request as bijlage -------------------------

struct BijlageStap : Uitkomst {
  Uuid bijlage{};
};
BijlageStap registreer_bijlage(Register& reg, const Uuid& klantcontact,
                               const Objectverwijzing& object, const Opties& opties = {});

// ---- Step 5, variant D (F2120): creating the zaak is delegated ---------------

struct InterneTaakStap : Uitkomst {
  Uuid interneTaak{};
};
// Status te_verwerken, assigned to the given actors.
InterneTaakStap registreer_interne_taak(Register& reg, const Uuid& klantcontact,
                                        const InterneTaakGegevens& gegevens,
                                        const Opties& opties = {});

// ---- Step 6: the zaak ---------------------------------------------------------

struct ZaakStap : Uitkomst {
  Uuid onderwerpobject{};
  // With Zaak::contactgegevensAlleenVoorZaak: the betrokkene's own contact
  // data as a ZGW `rol` fragment for the caller's Zaken API:
  // {"contactpersoonRol": {"emailadres", "telefoonnummer", "naam"}}.
  // None when the klant's betrokkene carries no contact data of its own.
  std::optional<boost::json::object> zaakrol{};
};
// An onderwerpobject of the klantcontact pointing at the zaak (F9322).
ZaakStap koppel_zaak(Register& reg, const Uuid& klantcontact, const Zaak& zaak,
                     const Opties& opties = {});

// The ZGW `rol` fragment from the own contact data (contactnaam, digitale
// adressen) of the klant's betrokkene at this klantcontact; none without.
std::optional<boost::json::object> zaakrol_contactpersoon(const Register& reg,
                                                          const Uuid& klantcontact);

// ---- The whole case -------------------------------------------------------------

struct C9018Invoer {
  Uuid medewerker{};  // the logged-in employee (an Actor)
  KlantcontactGegevens klantcontact{};  // onderwerp: "Productaanvraag" in the seed
  Klant klant{};
  Objectverwijzing productaanvraag{};
  std::optional<InterneTaakGegevens> interneTaak{};  // variant D; none: variant C
  std::optional<Zaak> zaak{};
};

struct C9018Uitkomst : Uitkomst {
  Uuid klantcontact{};
  Uuid actorKlantcontact{};
  KlantRegistratie klant{};
  Uuid bijlage{};
  std::optional<Uuid> interneTaak{};
  std::optional<Uuid> onderwerpobject{};
  std::optional<boost::json::object> zaakrol{};
};

// Steps 2 to 6 in one all-or-nothing call: every part is checked before
// anything is written.
C9018Uitkomst c9018(Register& reg, const C9018Invoer& invoer, const Opties& opties = {});

}  // namespace ki::cases

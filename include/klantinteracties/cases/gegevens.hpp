#pragma once
// ki::cases: the VNG cases (spec/cases.md) as calls on a ki::Register. This
// header holds what the cases share: the options, the outcome of a step and
// the plain input structs, named as the standard names them.
//
// Every case step is one call and all-or-nothing: first every part is
// checked (the validators of rules/validate.hpp, with the register's stored
// data for references), then the parts are written; when a write fails, the
// objects written before it are removed again. On failure nothing is stored
// and the error document names the part: `betrokkene.wasPartij.uuid`,
// `partij.digitaleAdressen.0.adres`, `bijlage.bijlageidentificator.objectId`.
//
// All-or-nothing is not isolation: the register has no transaction over
// several calls, so a concurrent reader may see the objects of a step that
// is undone a moment later.

#include <boost/json/object.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "klantinteracties/model.hpp"
#include "klantinteracties/register/register.hpp"
#include "klantinteracties/rules/options.hpp"

namespace ki::cases {

// How the parts are checked before anything is written. Profiel and lists
// must be the register's own (RegisterOptions), or a part may be judged
// differently before and during the write (the write decides; nothing stays
// behind either way).
struct Opties {
  rules::Profiel profiel = rules::Profiel::openklant;
  const referentielijsten::Referentielijsten* referentielijsten = nullptr;  // null: built-in
  // The seed's demand for bijlage- and onderwerpobjectidentificatoren: the
  // codes must come from the lists Soort object, Soort object-ID and Extern
  // register. Open Klant takes free text (its convention: `zaak` / `uuid` /
  // `open-zaak`), so this is off by default.
  bool codes_uit_referentielijsten = false;
};

// What every step returns besides the uuids of what it stored.
struct Uitkomst {
  // 201 Created (body null) when the step stored everything. Otherwise the
  // register's error document — 400 with invalidParams named
  // `<part>.<field>`, or 404 — and nothing was stored.
  Antwoord antwoord{HttpStatus::created, nullptr};
  bool ok() const { return antwoord.ok(); }
};

// F2173: the klantcontact as the front-end prefills it.
struct KlantcontactGegevens {
  std::string kanaal = "telefoon";  // no national list: the municipality's code
  std::string onderwerp{};
  std::string inhoud{};   // empty: absent
  std::string reactie{};  // empty: absent
  std::string taal = "nld";  // ISO 639-2/B
  bool vertrouwelijk = false;
  std::optional<bool> indicatieContactGelukt = true;  // nullopt: null ("onbekend")
  std::optional<DateTime> plaatsgevondenOp{};           // nullopt: the register's clock
  std::string referentienummer{};                       // empty: absent
};

// F1995: a digitaal adres of a partij or of a betrokkene.
struct DigitaalAdresGegevens {
  SoortDigitaalAdres soortDigitaalAdres = SoortDigitaalAdres::telefoonnummer;
  std::string adres{};
  std::string omschrijving{};  // empty: absent
  bool isStandaardAdres = false;  // only for an address of a partij (KI-DA-004)
};

// F7554: a new partij (a persoon) with its identificatoren and addresses.
struct PartijGegevens {
  Contactnaam contactnaam{};
  std::optional<Adres> bezoekadres{};
  std::optional<Adres> correspondentieadres{};
  std::string voorkeurstaal = "nld";
  bool indicatieGeheimhouding = false;
  bool indicatieActief = true;
  std::string interneNotitie{};  // empty: absent
  std::vector<PartijIdentificatorGroep> partijIdentificatoren;  // see bsn()
  std::vector<DigitaalAdresGegevens> digitaleAdressen{};
  // Index into digitaleAdressen of the partij's voorkeursDigitaalAdres.
  std::optional<std::size_t> voorkeursDigitaalAdres{};
};

// The identificator of a BSN: brp / natuurlijk_persoon / bsn.
PartijIdentificatorGroep bsn(std::string_view burgerservicenummer);

// F2599: a betrokkene bij klantcontact. With a partij it only links (variant
// A/B1); contact data of its own is for this contact only (variant B2, or a
// klant who wants to be reached differently this time).
struct BetrokkeneGegevens {
  std::optional<Uuid> partij{};  // wasPartij
  std::optional<Contactnaam> contactnaam{};
  std::optional<Adres> bezoekadres{};
  std::optional<Adres> correspondentieadres{};
  std::string organisatienaam{};  // empty: absent
  std::vector<DigitaalAdresGegevens> digitaleAdressen;  // its own (verstrektDoorBetrokkene)
  Rol rol = Rol::klant;
  bool initiator = true;
};

// F2120: an interne taak; its status is always te_verwerken.
struct InterneTaakGegevens {
  std::string gevraagdeHandeling{};
  std::string toelichting{};  // empty: absent
  std::vector<Uuid> toegewezenAanActoren{};
  std::string referentienummer{};  // empty: absent
};

// A bijlageidentificator / onderwerpobjectidentificator: an object in
// another register.
struct Objectverwijzing {
  std::string objectId{};
  std::string codeObjecttype{};
  std::string codeSoortObjectId{};
  std::string codeRegister{};
};

// A product request in the Objecten API (Open Klant's convention:
// productaanvraag / uuid / objecten).
Objectverwijzing productaanvraag(const Uuid& object);
// A zaak in the Zaken API (zaak / uuid / open-zaak: Open Klant announces the
// link with a zaak-gekoppeld event).
Objectverwijzing zaak(const Uuid& zaak);

// Step 6 of C9018: the zaak the klantcontact led to.
struct Zaak {
  Objectverwijzing zaak{};
  // The klant wants its contact data used for this zaak only: the
  // betrokkene's own contact data is handed out for the Zaken API.
  bool contactgegevensAlleenVoorZaak = false;
};

// The contact data to reach a klant by (C2984, C2716, C9708).
struct Contactgegevens {
  std::string naam{};
  std::string telefoonnummer{};
  std::string emailadres{};
  std::optional<Uuid> betrokkene{};  // the klant's betrokkene at the klantcontact
  std::optional<Uuid> partij{};      // its partij, if any
  bool vanPartij = false;          // some of the data is the partij's, not the betrokkene's
};

}  // namespace ki::cases

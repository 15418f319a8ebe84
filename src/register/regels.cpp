// The rules that need stored data (validation.md: KI-GEN-023, KI-AC-001,
// KI-VT-001, KI-DA-004/005, KI-IT-001, KI-KC-001 on effective values, KI-PA-003,
// KI-PA-009/010, KI-PI-010..017). Existence of references (KI-GEN-014) is
// checked by the validators through the register's Opzoeker.

#include <fmt/format.h>

#include "../rules/gedeeld.hpp"
#include "impl.hpp"

namespace ki {

namespace {

using rules::Modus;

constexpr std::string_view kUniekPartijIdentificator =
    "`PartijIdentificator` moet uniek zijn, er bestaat er al een met deze gegevenscombinatie.";
constexpr std::string_view kUniekSoort = "`CodeSoortObjectId` moet uniek zijn voor de Partij.";

template <class T>
constexpr std::string_view verbose_naam() {
  if constexpr (std::is_same_v<T, Klantcontact>) return "klantcontact";
  if constexpr (std::is_same_v<T, Partij>) return "partij";
  if constexpr (std::is_same_v<T, InterneTaak>) return "interne taak";
  return "";
}

// KI-GEN-023: nummer / referentienummer unique per objecttype.
template <class T>
void uniek_nummer(const Register::Impl& r, std::string_view veld, const Field<std::string>& nr,
                  const Uuid& eigen, json::ErrorPath& err) {
  if (!nr.has_value() || nr->empty()) return;
  const auto& alle = r.opslag.indexen().nummer;
  auto index = alle.find({Resource<T>::naam, veld});
  if (index == alle.end()) return;
  auto it = index->second.find(*nr);
  if (it != index->second.end() && it->second != eigen)
    err.add_at(veld, "unique",
               fmt::format("Er bestaat al een {} met eenzelfde {}.", verbose_naam<T>(), veld));
}

const Uuid* ref_uuid(const Field<Ref<PartijIdentificator>>& r) {
  return r.has_value() && r->uuid.has_value() ? &*r->uuid : nullptr;
}

// KI-PI-010: the parent of a vestigingsnummer must be a kvk_nummer.
bool ouder_is_kvk(const Register::Impl& r, const PartijIdentificator& pi) {
  const Uuid* ouder = ref_uuid(pi.subIdentificatorVan);
  if (!ouder || !pi.partijIdentificator.has_value() ||
      pi.partijIdentificator->codeSoortObjectId != CodeSoortObjectId::vestigingsnummer)
    return true;
  const auto p = r.opslag.van<PartijIdentificator>().vind(*ouder);
  return p && p->partijIdentificator.has_value() &&
         p->partijIdentificator->codeSoortObjectId == CodeSoortObjectId::kvk_nummer;
}

// KI-PI-013/014/015 against the stored identificatoren (except those in
// `genegeerd`); returns the errors in the order of the model's constraints.
void uniek_identificator(const Register::Impl& r, const PartijIdentificator& pi,
                         const Uuid* partij, const std::vector<Uuid>& genegeerd,
                         json::ErrorPath& err) {
  const auto& v = r.opslag.van<PartijIdentificator>();
  auto telt = [&](const Uuid& u) {
    return std::find(genegeerd.begin(), genegeerd.end(), u) == genegeerd.end() &&
           !(pi.uuid.has_value() && *pi.uuid == u);
  };
  const Uuid* ouder = ref_uuid(pi.subIdentificatorVan);
  bool dubbel = false;
  // Those with the same objectId, then the same four values.
  const auto& index = r.opslag.indexen().identificator_object_id;
  const std::string groep = opslag::groep_sleutel(*pi.partijIdentificator);
  if (auto it = index.find(pi.partijIdentificator->objectId.value_or("")); it != index.end())
    for (const auto& e : it->second) {
      if (!telt(e.uuid)) continue;
      const auto ander_pi = v.vind(e.uuid);
      if (!ander_pi->partijIdentificator.has_value() ||
          opslag::groep_sleutel(*ander_pi->partijIdentificator) != groep)
        continue;
      const Uuid* ander = ref_uuid(ander_pi->subIdentificatorVan);
      if ((!ouder && !ander) || (ouder && ander && *ouder == *ander)) dubbel = true;
    }
  bool soort = false;
  if (partij)
    for (const auto& u : v.verwijzers("identificeerdePartij", *partij))
      if (telt(u) && v.vind(u)->partijIdentificator->codeSoortObjectId ==
                         pi.partijIdentificator->codeSoortObjectId)
        soort = true;
  if (dubbel) err.add_at("__all__", "invalid", std::string(kUniekPartijIdentificator));
  if (soort) err.add_at("__all__", "invalid", std::string(kUniekSoort));
}

const Uuid* partij_van(const PartijIdentificator& pi) {
  return pi.identificeerdePartij.has_value() && pi.identificeerdePartij->uuid.has_value()
             ? &*pi.identificeerdePartij->uuid
             : nullptr;
}

void controleer_partij(const Register::Impl& r, const Partij& nieuw, const Partij& request,
                       const Partij* oud, Modus m, json::ErrorPath& err) {
  const auto& pis = r.opslag.van<PartijIdentificator>();
  const Uuid p = *nieuw.uuid;
  // KI-PA-010: werkteVoorPartij must be an organisatie.
  if (request.partijIdentificatie.has_value())
    if (const auto* cp = std::get_if<Contactpersoon>(&*request.partijIdentificatie))
      if (cp->werkteVoorPartij.has_value() && cp->werkteVoorPartij->uuid.has_value()) {
        const auto org = r.opslag.van<Partij>().vind(*cp->werkteVoorPartij->uuid);
        if (!org)
          err.add_at("partijIdentificatie.werkteVoorPartij.uuid", "invalid",
                     "Partij object bestaat niet.");
        else if (org->soortPartij != SoortPartij::organisatie)
          err.add_at("partijIdentificatie.werkteVoorPartij.uuid", "invalid",
                     "Partij object moet het soort 'organisatie' hebben.");
        if (err.count()) return;
      }
  // KI-PA-003/006 on PATCH without the list: against the linked ones.
  if (m == Modus::partial) {
    auto gelinkt = [&](const auto& voorkeur, const auto& lijst, auto& v, std::string_view veld) {
      if (!voorkeur.has_value() || lijst.present()) return true;
      const auto& l = v.verwijzers(veld, p);
      return std::find(l.begin(), l.end(), *voorkeur->uuid) != l.end();
    };
    if (!gelinkt(request.voorkeursDigitaalAdres, request.digitaleAdressen,
                 r.opslag.van<DigitaalAdres>(), "verstrektDoorPartij")) {
      err.add_at("voorkeursDigitaalAdres", "invalid",
                 "Het voorkeurs adres moet een gelinkte digitaal adres zijn.");
      return;
    }
    if (!gelinkt(request.voorkeursRekeningnummer, request.rekeningnummers,
                 r.opslag.van<Rekeningnummer>(), "partij")) {
      err.add_at("voorkeursRekeningnummer", "invalid",
                 "Het voorkeurs rekeningnummer moet een gelinkte rekeningnummer zijn.");
      return;
    }
  }
  if (!request.partijIdentificatoren.has_value()) return;
  const auto& items = *request.partijIdentificatoren;
  // KI-PA-009: an item's uuid must exist; KI-PI-010 per item.
  for (std::size_t i = 0; i < items.size(); ++i) {
    json::PathSegment lijst(err, "partijIdentificatoren");
    json::PathSegment item(err, i);
    if (items[i].uuid.has_value() && !pis.bevat(*items[i].uuid))
      err.add_at("uuid", "invalid", "PartijIdentificator object bestaat niet.");
    else if (!ouder_is_kvk(r, items[i]))
      err.add_at("subIdentificatorVan", "invalid",
                 "Het is alleen mogelijk om een subIdentifierVan te selecteren met "
                 "codeSoortObjectId = `kvk_nummer`.");
  }
  if (err.count()) return;
  // KI-PI-016: identificatoren the list drops are deleted; a parent may not be.
  std::vector<Uuid> in_verzoek;
  for (const auto& item : items)
    if (item.uuid.has_value()) in_verzoek.push_back(*item.uuid);
  std::vector<Uuid> genegeerd = in_verzoek;
  if (oud)
    for (const auto& u : pis.verwijzers("identificeerdePartij", p)) {
      genegeerd.push_back(u);
      if (std::find(in_verzoek.begin(), in_verzoek.end(), u) == in_verzoek.end() &&
          !pis.verwijzers("subIdentificatorVan", u).empty()) {
        err.add_at("nonFieldErrors", "invalid",
                   "Cannot delete some instances of model 'PartijIdentificator' because they "
                   "are referenced through protected foreign keys: "
                   "'PartijIdentificator.sub_identificator_van'.");
        return;
      }
    }
  // KI-PI-013..015 against the stored ones, item by item; the first failing stops.
  for (const auto& item : items) {
    uniek_identificator(r, item, &p, genegeerd, err);
    if (err.count()) return;
  }
}

}  // namespace

template <class T>
void controleer_opgeslagen(const Register::Impl& r, const T& nieuw, const T& request,
                           const T* oud, Modus m, json::ErrorPath& err) {
  const Uuid eigen = *nieuw.uuid;
  if constexpr (requires { request.nummer; }) uniek_nummer<T>(r, "nummer", request.nummer, eigen, err);
  if constexpr (requires { request.referentienummer; })
    uniek_nummer<T>(r, "referentienummer", request.referentienummer, eigen, err);
  if (err.count()) return;

  if constexpr (std::is_same_v<T, Klantcontact>) {
    // KI-KC-001 on the effective values of a PUT/PATCH (a PUT without
    // verdereActieOndernomen has reset it to false; indicatieContactGelukt
    // keeps the stored value when omitted).
    if (m != Modus::create && nieuw.verdereActieOndernomen.value_or(false) &&
        nieuw.indicatieContactGelukt.value_or(false))
      err.add_at("nonFieldErrors", "no-further-action-when-contact-succesful",
                 "Als het contact gelukt is kan er geen verdere actie zijn ondernomen");
  } else if constexpr (std::is_same_v<T, InterneTaak>) {
    // KI-IT-001 with the stored status when the request has none.
    if (request.afgehandeldOp.has_value() && !request.status.present() && oud &&
        oud->status != Status::verwerkt)
      err.add_at("afgehandeldOp", "invalid",
                 "De Internetaak kan geen afgehandeld op datum bevatten als de status niet op "
                 "'verwerkt' staat.");
  } else if constexpr (std::is_same_v<T, ActorKlantcontact>) {
    // KI-AC-001
    const auto& v = r.opslag.van<ActorKlantcontact>();
    for (const auto& u : v.verwijzers("klantcontact", *nieuw.klantcontact->uuid))
      if (u != eigen && v.vind(u)->actor->uuid == nieuw.actor->uuid) {
        err.add_at("nonFieldErrors", "unique",
                   "De velden actor, klantcontact moeten een unieke set zijn.");
        return;
      }
  } else if constexpr (std::is_same_v<T, Vertegenwoordigden>) {
    // KI-VT-001, then KI-VT-002 on the merged values.
    const auto& v = r.opslag.van<Vertegenwoordigden>();
    for (const auto& u :
         v.verwijzers("vertegenwoordigendePartij", *nieuw.vertegenwoordigendePartij->uuid))
      if (u != eigen &&
          v.vind(u)->vertegenwoordigdePartij->uuid == nieuw.vertegenwoordigdePartij->uuid) {
        err.add_at("nonFieldErrors", "unique",
                   "De velden vertegenwoordigende_partij, vertegenwoordigde_partij moeten een "
                   "unieke set zijn.");
        return;
      }
    if (nieuw.vertegenwoordigendePartij->uuid == nieuw.vertegenwoordigdePartij->uuid)
      err.add_at("vertegenwoordigdePartij", "invalid",
                 "De partij kan niet zichzelf vertegenwoordigen.");
  } else if constexpr (std::is_same_v<T, DigitaalAdres>) {
    // KI-DA-008: a PATCH of adres without soortDigitaalAdres is checked with
    // the stored soort (KI-DA-001/002).
    if (oud && request.adres.has_value() && !request.soortDigitaalAdres.present() &&
        nieuw.soortDigitaalAdres.has_value()) {
      json::PathSegment adres(err, "adres");
      if (*nieuw.soortDigitaalAdres == SoortDigitaalAdres::email)
        rules::check_emailadres(*request.adres, err);
      else if (*nieuw.soortDigitaalAdres == SoortDigitaalAdres::telefoonnummer)
        rules::check_telefoonnummer(*request.adres, err);
    }
    if (err.count()) return;
    // KI-DA-004 on effective values, then KI-DA-005 (which, as in Open Klant,
    // does not exclude the address itself).
    if (nieuw.isStandaardAdres.value_or(false) && !nieuw.verstrektDoorPartij.has_value()) {
      err.add_at("isStandaardAdres", "invalid",
                 "`is_standaard_adres` kan alleen gezet worden als `verstrekt_door_partij` niet "
                 "leeg is.");
      return;
    }
    if (nieuw.verstrektDoorPartij.has_value() && request.referentie.has_value() &&
        !request.referentie->empty()) {
      const auto& v = r.opslag.van<DigitaalAdres>();
      for (const auto& u : v.verwijzers("verstrektDoorPartij", *nieuw.verstrektDoorPartij->uuid)) {
        const DigitaalAdres a = *v.vind(u);
        if (a.referentie == request.referentie && a.soortDigitaalAdres == nieuw.soortDigitaalAdres) {
          err.add_at("nonFieldErrors", "unique",
                     "De velden ['verstrekt_door_partij', 'referentie', 'soort_digitaal_adres'] "
                     "moeten een unieke set zijn.");
          return;
        }
      }
    }
  } else if constexpr (std::is_same_v<T, PartijIdentificator>) {
    const auto& v = r.opslag.van<PartijIdentificator>();
    if (request.uuid.has_value() && !v.bevat(*request.uuid)) {  // KI-PI-017
      err.add_at("uuid", "invalid", "PartijIdentificator object bestaat niet.");
      return;
    }
    if (oud && !v.verwijzers("subIdentificatorVan", eigen).empty() &&
        oud->partijIdentificator->codeSoortObjectId !=
            nieuw.partijIdentificator->codeSoortObjectId) {  // KI-PI-012
      err.add_at("partijIdentificatorCodeSoortObjectId", "invalid",
                 "Het is niet mogelijk om de codeSoortObjectId van deze PartijIdentificator te "
                 "wijzigen, omdat er andere PartijIdentificatoren aan gekoppeld zijn.");
      return;
    }
    if (m == Modus::partial && !nieuw.subIdentificatorVan.has_value() &&
        nieuw.partijIdentificator->codeSoortObjectId == CodeSoortObjectId::vestigingsnummer) {
      // KI-PI-009 on the effective values (the validator judges a PATCH only
      // when it names subIdentificatorVan).
      err.add_at("subIdentificatorVan", "invalid",
                 "Voor een PartijIdentificator met codeSoortObjectId = `vestigingsnummer` is het "
                 "verplicht om een `sub_identifier_van` met codeSoortObjectId = `kvk_nummer` te "
                 "kiezen.");
      return;
    }
    if (!ouder_is_kvk(r, nieuw)) {  // KI-PI-010
      err.add_at("subIdentificatorVan", "invalid",
                 "Het is alleen mogelijk om een subIdentifierVan te selecteren met "
                 "codeSoortObjectId = `kvk_nummer`.");
      return;
    }
    if (const Uuid* ouder = ref_uuid(nieuw.subIdentificatorVan); ouder && *ouder == eigen) {
      err.add_at("subIdentificatorVan", "invalid",  // KI-PI-011
                 "Een `Partijidentificator` kan geen `subIdentificatorVan` zijn van zichzelf.");
      return;
    }
    uniek_identificator(r, nieuw, partij_van(nieuw), {}, err);  // KI-PI-013..015
  } else if constexpr (std::is_same_v<T, Partij>) {
    controleer_partij(r, nieuw, request, oud, m, err);
  }
}

#define KI_CONTROLEER(T)                                                                     \
  template void controleer_opgeslagen(const Register::Impl&, const T&, const T&, const T*,  \
                                      Modus, json::ErrorPath&);
KI_CONTROLEER(Klantcontact)
KI_CONTROLEER(Betrokkene)
KI_CONTROLEER(Onderwerpobject)
KI_CONTROLEER(Bijlage)
KI_CONTROLEER(ActorKlantcontact)
KI_CONTROLEER(Actor)
KI_CONTROLEER(InterneTaak)
KI_CONTROLEER(Partij)
KI_CONTROLEER(PartijIdentificator)
KI_CONTROLEER(DigitaalAdres)
KI_CONTROLEER(Rekeningnummer)
KI_CONTROLEER(Vertegenwoordigden)
KI_CONTROLEER(Categorie)
KI_CONTROLEER(CategorieRelatie)

}  // namespace ki

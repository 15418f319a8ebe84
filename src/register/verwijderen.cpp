// DELETE and what it takes along (model.md §10).

#include <mutex>

#include "impl.hpp"

namespace ki {

namespace {

using opslag::Opslag;
using opslag::Transactie;

// Sets `veld` of every X that refers to `doel` through it to null.
template <class X, class R>
void ontkoppel(Transactie& t, const Opslag& o, Field<R> X::*veld, std::string_view naam,
               const Uuid& doel) {
  const auto bronnen = o.van<X>().verwijzers(naam, doel);
  for (const auto& u : bronnen) {
    X x = *o.van<X>().vind(u);
    (x.*veld).set_null();
    t.zet(x);
  }
}

template <class T>
void wis(Transactie& t, const Opslag& o, const Uuid& u);

// Deletes every X that refers to `doel` through `naam`.
template <class X>
void wis_verwijzers(Transactie& t, const Opslag& o, std::string_view naam, const Uuid& doel) {
  const auto bronnen = o.van<X>().verwijzers(naam, doel);
  for (const auto& u : bronnen) wis<X>(t, o, u);
}

template <class T>
void wis(Transactie& t, const Opslag& o, const Uuid& u) {
  if (!o.van<T>().bevat(u)) return;
  if constexpr (std::is_same_v<T, Klantcontact>) {
    wis_verwijzers<Betrokkene>(t, o, "hadKlantcontact", u);
    wis_verwijzers<Onderwerpobject>(t, o, "klantcontact", u);
    wis_verwijzers<Onderwerpobject>(t, o, "wasKlantcontact", u);
    wis_verwijzers<Bijlage>(t, o, "wasBijlageVanKlantcontact", u);
    wis_verwijzers<ActorKlantcontact>(t, o, "klantcontact", u);
    wis_verwijzers<InterneTaak>(t, o, "aanleidinggevendKlantcontact", u);
  } else if constexpr (std::is_same_v<T, Betrokkene>) {
    ontkoppel(t, o, &DigitaalAdres::verstrektDoorBetrokkene, "verstrektDoorBetrokkene", u);
  } else if constexpr (std::is_same_v<T, Partij>) {
    wis_verwijzers<PartijIdentificator>(t, o, "identificeerdePartij", u);
    wis_verwijzers<DigitaalAdres>(t, o, "verstrektDoorPartij", u);
    wis_verwijzers<Rekeningnummer>(t, o, "partij", u);
    wis_verwijzers<Vertegenwoordigden>(t, o, "vertegenwoordigendePartij", u);
    wis_verwijzers<Vertegenwoordigden>(t, o, "vertegenwoordigdePartij", u);
    wis_verwijzers<CategorieRelatie>(t, o, "partij", u);
    wis_verwijzers<Betrokkene>(t, o, "wasPartij", u);
  } else if constexpr (std::is_same_v<T, DigitaalAdres>) {
    ontkoppel(t, o, &Partij::voorkeursDigitaalAdres, "voorkeursDigitaalAdres", u);
  } else if constexpr (std::is_same_v<T, Rekeningnummer>) {
    ontkoppel(t, o, &Partij::voorkeursRekeningnummer, "voorkeursRekeningnummer", u);
  } else if constexpr (std::is_same_v<T, Actor>) {
    wis_verwijzers<ActorKlantcontact>(t, o, "actor", u);
    const auto taken = o.van<InterneTaak>().verwijzers("toegewezenAanActoren", u);
    for (const auto& tu : taken) {
      InterneTaak taak = *o.van<InterneTaak>().vind(tu);
      std::erase_if(*taak.toegewezenAanActoren, [&](const Ref<Actor>& r) { return *r.uuid == u; });
      t.zet(taak);
    }
  } else if constexpr (std::is_same_v<T, Categorie>) {
    wis_verwijzers<CategorieRelatie>(t, o, "categorie", u);
  }
  t.wis<T>(u);
}

}  // namespace

template <class T>
Antwoord Register::remove(const Uuid& uuid) {
  auto lock = impl_->schrijfslot();
  const Opslag& o = impl_->opslag;
  if (!o.van<T>().bevat(uuid)) return impl_->niet_gevonden();
  if constexpr (std::is_same_v<T, PartijIdentificator>) {
    // KI-PI-016: a parent identificator is protected.
    if (!o.van<PartijIdentificator>().verwijzers("subIdentificatorVan", uuid).empty())
      return impl_->ongeldig(
          {{"nonFieldErrors", "invalid",
            "Cannot delete some instances of model 'PartijIdentificator' because they are "
            "referenced through protected foreign keys: "
            "'PartijIdentificator.sub_identificator_van'."}});
  }
  if constexpr (std::is_same_v<T, Partij>) {
    // The partij's identificatoren go along; one that is the parent
    // (subIdentificatorVan, a protected foreign key) of another partij's
    // identificator may not (Django's ProtectedError, as KI-PI-016).
    const auto& pis = o.van<PartijIdentificator>();
    for (const auto& pi : pis.verwijzers("identificeerdePartij", uuid))
      for (const auto& kind : pis.verwijzers("subIdentificatorVan", pi)) {
        const auto eigenaar = pis.vind(kind)->identificeerdePartij;
        if (!eigenaar.has_value() || *eigenaar->uuid != uuid)
          return impl_->ongeldig(
              {{"nonFieldErrors", "invalid",
                "Cannot delete some instances of model 'Partij' because they are referenced "
                "through protected foreign keys: 'PartijIdentificator.sub_identificator_van'."}});
      }
  }
  Transactie t(impl_->opslag);
  wis<T>(t, o, uuid);
  t.commit();
  return {HttpStatus::no_content, nullptr};
}

Antwoord Register::remove_onderwerpobject_cascade(const Uuid& uuid) {
  // model.md §10: also the linked klantcontacten (klantcontact and
  // wasKlantcontact) unless another onderwerpobject still refers to them, plus
  // the digitale adressen of their betrokkenen that have no partij.
  auto lock = impl_->schrijfslot();
  const Opslag& o = impl_->opslag;
  const auto oo = o.van<Onderwerpobject>().vind(uuid);
  if (!oo) return impl_->niet_gevonden();
  std::vector<Uuid> contacten;
  for (const auto* r : {&oo->klantcontact, &oo->wasKlantcontact})
    if (r->has_value() && (*r)->uuid.has_value()) contacten.push_back(*(*r)->uuid);
  Transactie t(impl_->opslag);
  t.wis<Onderwerpobject>(uuid);
  boost::json::array behouden;
  for (const auto& kc : contacten) {
    if (!o.van<Klantcontact>().bevat(kc)) continue;
    const bool nog_gebruikt = !o.van<Onderwerpobject>().verwijzers("klantcontact", kc).empty() ||
                              !o.van<Onderwerpobject>().verwijzers("wasKlantcontact", kc).empty();
    if (nog_gebruikt) {
      behouden.push_back(boost::json::string(impl_->weergave.url<Klantcontact>(kc)));
      continue;
    }
    for (const auto& b : o.van<Betrokkene>().verwijzers("hadKlantcontact", kc)) {
      const auto adressen = o.van<DigitaalAdres>().verwijzers("verstrektDoorBetrokkene", b);
      for (const auto& a : adressen)
        if (!o.van<DigitaalAdres>().vind(a)->verstrektDoorPartij.has_value())
          wis<DigitaalAdres>(t, o, a);
    }
    wis<Klantcontact>(t, o, kc);
  }
  // Built before the commit, so that a failure here undoes the delete too.
  boost::json::object body;
  body["behouden"] = std::move(behouden);
  Antwoord a{HttpStatus::ok, std::move(body)};
  t.commit();
  return a;
}

template Antwoord Register::remove<Klantcontact>(const Uuid&);
template Antwoord Register::remove<Betrokkene>(const Uuid&);
template Antwoord Register::remove<Onderwerpobject>(const Uuid&);
template Antwoord Register::remove<Bijlage>(const Uuid&);
template Antwoord Register::remove<ActorKlantcontact>(const Uuid&);
template Antwoord Register::remove<Actor>(const Uuid&);
template Antwoord Register::remove<InterneTaak>(const Uuid&);
template Antwoord Register::remove<Partij>(const Uuid&);
template Antwoord Register::remove<PartijIdentificator>(const Uuid&);
template Antwoord Register::remove<DigitaalAdres>(const Uuid&);
template Antwoord Register::remove<Rekeningnummer>(const Uuid&);
template Antwoord Register::remove<Vertegenwoordigden>(const Uuid&);
template Antwoord Register::remove<Categorie>(const Uuid&);
template Antwoord Register::remove<CategorieRelatie>(const Uuid&);

}  // namespace ki

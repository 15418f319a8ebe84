// What a write stores besides the object itself: server-filled values,
// nested partij-identificatoren, linked addresses and accounts (model.md
// §1.7, §3-§6).

#include "impl.hpp"

namespace ki {

namespace {

// Partij.digitaleAdressen / rekeningnummers: the listed ones are linked to
// the partij (moved from any other), the others unlinked; null and [] unlink
// all (model.md §5.1).
template <class X>
void koppel(opslag::Transactie& t, const opslag::Opslag& o, const Uuid& partij,
            const Field<std::vector<Ref<X>>>& lijst, Field<Ref<Partij>> X::*veld,
            std::string_view veld_naam) {
  if (!lijst.present()) return;
  std::vector<Uuid> gewenst;
  if (lijst.has_value())
    for (const auto& r : *lijst) gewenst.push_back(*r.uuid);
  const auto huidig = o.van<X>().verwijzers(veld_naam, partij);  // a copy: t changes it
  for (const auto& u : huidig)
    if (std::find(gewenst.begin(), gewenst.end(), u) == gewenst.end()) {
      X x = *o.van<X>().vind(u);
      (x.*veld).set_null();
      t.zet(x);
    }
  for (const auto& u : gewenst) {
    X x = *o.van<X>().vind(u);
    Ref<Partij> r;
    r.uuid = partij;
    x.*veld = r;
    t.zet(x);
  }
}

}  // namespace

template <class T>
void sla_op(Register::Impl& r, opslag::Transactie& t, T& nieuw, const T& request, const T* oud,
            rules::Modus m) {
  (void)request;
  (void)m;
  const auto nu = r.nu();
  if constexpr (std::is_same_v<T, Klantcontact>) {
    if (!nieuw.plaatsgevondenOp.has_value()) nieuw.plaatsgevondenOp = als_datetime(nu);
    if (!nieuw.verdereActieOndernomen.has_value()) nieuw.verdereActieOndernomen = false;
    if (!nieuw.indicatieContactGelukt.present()) nieuw.indicatieContactGelukt.set_null();
  } else if constexpr (std::is_same_v<T, Actor>) {
    if (!nieuw.indicatieActief.has_value()) nieuw.indicatieActief = true;
  } else if constexpr (std::is_same_v<T, DigitaalAdres>) {
    if (!nieuw.isStandaardAdres.has_value()) nieuw.isStandaardAdres = false;
    // KI-DA-006: a new default address clears the others of its partij and soort.
    if (*nieuw.isStandaardAdres && nieuw.verstrektDoorPartij.has_value()) {
      const auto& v = r.opslag.van<DigitaalAdres>();
      const auto andere = v.verwijzers("verstrektDoorPartij", *nieuw.verstrektDoorPartij->uuid);
      for (const auto& u : andere) {
        if (u == *nieuw.uuid) continue;
        DigitaalAdres a = *v.vind(u);
        if (a.soortDigitaalAdres == nieuw.soortDigitaalAdres && a.isStandaardAdres.value_or(false)) {
          a.isStandaardAdres = false;
          t.zet(a);
        }
      }
    }
  } else if constexpr (std::is_same_v<T, InterneTaak>) {
    if (!oud) nieuw.toegewezenOp = als_datetime(nu);
    // The deprecated single actor is kept as the list (model.md §6).
    if (request.toegewezenAanActor.has_value()) {
      nieuw.toegewezenAanActoren = std::vector<Ref<Actor>>{*request.toegewezenAanActor};
    }
    nieuw.toegewezenAanActor.reset();
    // KI-IT-004: afgehandeldOp follows the status on every save.
    if (nieuw.status == Status::verwerkt && !nieuw.afgehandeldOp.has_value())
      nieuw.afgehandeldOp = als_datetime(nu);
    if (nieuw.status == Status::te_verwerken) nieuw.afgehandeldOp.set_null();
  } else if constexpr (std::is_same_v<T, CategorieRelatie>) {
    // KI-CR-001: beginDatum defaults to today, on create only.
    if (!oud && !nieuw.beginDatum.has_value()) nieuw.beginDatum = als_datum(nu);
  } else if constexpr (std::is_same_v<T, Partij>) {
    const Uuid p = *nieuw.uuid;
    // The lists are relations of the other objects, not stored on the partij.
    koppel(t, r.opslag, p, request.digitaleAdressen, &DigitaalAdres::verstrektDoorPartij,
           "verstrektDoorPartij");
    koppel(t, r.opslag, p, request.rekeningnummers, &Rekeningnummer::partij, "partij");
    nieuw.digitaleAdressen.reset();
    nieuw.rekeningnummers.reset();
    // null or absent: unchanged; a list (also []) replaces the set (§5.1 item 4).
    if (request.partijIdentificatoren.has_value()) {
      std::vector<Uuid> behouden;
      for (auto item : *request.partijIdentificatoren) {
        // An item with uuid updates that identificator and attaches it to
        // this partij; one without creates a new one (§5.1).
        if (!item.uuid.has_value()) item.uuid = r.nieuwe_uuid();
        Ref<Partij> eigenaar;
        eigenaar.uuid = p;
        item.identificeerdePartij = eigenaar;
        behouden.push_back(*item.uuid);
        t.zet(item);
      }
      if (oud) {
        const auto huidige =
            r.opslag.van<PartijIdentificator>().verwijzers("identificeerdePartij", p);
        for (const auto& u : huidige)
          if (std::find(behouden.begin(), behouden.end(), u) == behouden.end())
            t.wis<PartijIdentificator>(u);
      }
    }
    nieuw.partijIdentificatoren.reset();
    // On PUT/PATCH the detail is only replaced when soortPartij is sent.
    if (oud && !request.soortPartij.present()) nieuw.partijIdentificatie = oud->partijIdentificatie;
  }
  if constexpr (std::is_same_v<T, Actor>) {
    // On PUT/PATCH the detail is only replaced when soortActor is sent.
    if (oud && !request.soortActor.present()) nieuw.actorIdentificatie = oud->actorIdentificatie;
  }
  t.zet(nieuw);
}

template void sla_op(Register::Impl&, opslag::Transactie&, Klantcontact&, const Klantcontact&,
                     const Klantcontact*, rules::Modus);
template void sla_op(Register::Impl&, opslag::Transactie&, Betrokkene&, const Betrokkene&,
                     const Betrokkene*, rules::Modus);
template void sla_op(Register::Impl&, opslag::Transactie&, Onderwerpobject&,
                     const Onderwerpobject&, const Onderwerpobject*, rules::Modus);
template void sla_op(Register::Impl&, opslag::Transactie&, Bijlage&, const Bijlage&,
                     const Bijlage*, rules::Modus);
template void sla_op(Register::Impl&, opslag::Transactie&, ActorKlantcontact&,
                     const ActorKlantcontact&, const ActorKlantcontact*, rules::Modus);
template void sla_op(Register::Impl&, opslag::Transactie&, Actor&, const Actor&, const Actor*,
                     rules::Modus);
template void sla_op(Register::Impl&, opslag::Transactie&, InterneTaak&, const InterneTaak&,
                     const InterneTaak*, rules::Modus);
template void sla_op(Register::Impl&, opslag::Transactie&, Partij&, const Partij&, const Partij*,
                     rules::Modus);
template void sla_op(Register::Impl&, opslag::Transactie&, PartijIdentificator&,
                     const PartijIdentificator&, const PartijIdentificator*, rules::Modus);
template void sla_op(Register::Impl&, opslag::Transactie&, DigitaalAdres&, const DigitaalAdres&,
                     const DigitaalAdres*, rules::Modus);
template void sla_op(Register::Impl&, opslag::Transactie&, Rekeningnummer&,
                     const Rekeningnummer&, const Rekeningnummer*, rules::Modus);
template void sla_op(Register::Impl&, opslag::Transactie&, Vertegenwoordigden&,
                     const Vertegenwoordigden&, const Vertegenwoordigden*, rules::Modus);
template void sla_op(Register::Impl&, opslag::Transactie&, Categorie&, const Categorie&,
                     const Categorie*, rules::Modus);
template void sla_op(Register::Impl&, opslag::Transactie&, CategorieRelatie&,
                     const CategorieRelatie&, const CategorieRelatie*, rules::Modus);

}  // namespace ki

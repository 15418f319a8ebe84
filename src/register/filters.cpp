// The filters of each list endpoint, named as in Open Klant's OpenAPI
// document. Filters on uuids and on the identificator and adres indexes
// answer from indexes.

#include "klantinteracties/json/scalars.hpp"
#include "lijsten.hpp"

namespace ki {

namespace {

using opslag::Opslag;

template <class X>
bool is_uuid(const Field<Ref<X>>& r, std::string_view waarde) {
  auto u = json::parse_uuid(waarde);
  return u && r.has_value() && r->uuid.has_value() && *r->uuid == *u;
}

bool is_tekst(const Field<std::string>& f, std::string_view waarde) {
  return f.has_value() && *f == waarde;
}

bool is_bool(const Field<bool>& f, std::string_view waarde) {
  const bool w = waarde == "true" || waarde == "True" || waarde == "1";
  return f.has_value() && *f == w;
}

template <class E>
bool is_enum(const Field<E>& f, std::string_view waarde) {
  return f.has_value() && to_string(*f) == waarde;
}

// The uuids of the T whose field `veld` refers to the uuid in `waarde`.
template <class T>
std::optional<std::vector<Uuid>> verwijzers(std::string_view veld, std::string_view waarde,
                                            const Opslag& o) {
  auto u = json::parse_uuid(waarde);
  if (!u) return std::vector<Uuid>{};
  return o.van<T>().verwijzers(veld, *u);
}

// Partij-identificatoren with this objectId (from the identificator index).
std::vector<Uuid> identificatoren_met_object_id(std::string_view object_id, const Opslag& o) {
  std::vector<Uuid> out;
  const auto& index = o.indexen().identificator_object_id;
  if (auto it = index.find(std::string(object_id)); it != index.end()) out = it->second;
  return out;
}

// Whether a partij has an identificator whose group value `deel` equals `waarde`.
template <class F>
bool partij_heeft_identificator(const Partij& p, const Opslag& o, F&& deel_past) {
  for (const auto& u : o.van<PartijIdentificator>().verwijzers("identificeerdePartij", *p.uuid))
    if (deel_past(*o.van<PartijIdentificator>().vind(u)->partijIdentificator)) return true;
  return false;
}

const Filter<Partij> kPartij[] = {
    {"partijIdentificator__objectId",
     [](const Partij& p, std::string_view w, const Opslag& o) {
       return partij_heeft_identificator(p, o, [&](const auto& g) { return g.objectId == std::string(w); });
     },
     [](std::string_view w, const Opslag& o) -> std::optional<std::vector<Uuid>> {
       std::vector<Uuid> partijen;
       for (const auto& pi : identificatoren_met_object_id(w, o))
         if (const auto& p = o.van<PartijIdentificator>().vind(pi)->identificeerdePartij;
             p.has_value())
           partijen.push_back(*p->uuid);
       return partijen;
     }},
    {"partijIdentificator__codeSoortObjectId",
     [](const Partij& p, std::string_view w, const Opslag& o) {
       return partij_heeft_identificator(p, o, [&](const auto& g) { return is_enum(g.codeSoortObjectId, w); });
     }},
    {"partijIdentificator__codeObjecttype",
     [](const Partij& p, std::string_view w, const Opslag& o) {
       return partij_heeft_identificator(p, o, [&](const auto& g) { return is_enum(g.codeObjecttype, w); });
     }},
    {"partijIdentificator__codeRegister",
     [](const Partij& p, std::string_view w, const Opslag& o) {
       return partij_heeft_identificator(p, o, [&](const auto& g) { return is_enum(g.codeRegister, w); });
     }},
    {"soortPartij", [](const Partij& p, std::string_view w, const Opslag&) { return is_enum(p.soortPartij, w); }},
    {"indicatieActief", [](const Partij& p, std::string_view w, const Opslag&) { return is_bool(p.indicatieActief, w); }},
    {"indicatieGeheimhouding", [](const Partij& p, std::string_view w, const Opslag&) { return is_bool(p.indicatieGeheimhouding, w); }},
    {"nummer", [](const Partij& p, std::string_view w, const Opslag&) { return is_tekst(p.nummer, w); }},
};

const Filter<DigitaalAdres> kDigitaalAdres[] = {
    {"adres", [](const DigitaalAdres& a, std::string_view w, const Opslag&) { return is_tekst(a.adres, w); },
     [](std::string_view w, const Opslag& o) -> std::optional<std::vector<Uuid>> {
       const auto& index = o.indexen().adres;
       auto it = index.find(std::string(w));
       return it == index.end() ? std::vector<Uuid>{} : it->second;
     }},
    {"verstrektDoorPartij__uuid",
     [](const DigitaalAdres& a, std::string_view w, const Opslag&) { return is_uuid(a.verstrektDoorPartij, w); },
     [](std::string_view w, const Opslag& o) { return verwijzers<DigitaalAdres>("verstrektDoorPartij", w, o); }},
    {"verstrektDoorBetrokkene__uuid",
     [](const DigitaalAdres& a, std::string_view w, const Opslag&) { return is_uuid(a.verstrektDoorBetrokkene, w); },
     [](std::string_view w, const Opslag& o) { return verwijzers<DigitaalAdres>("verstrektDoorBetrokkene", w, o); }},
    {"soortDigitaalAdres", [](const DigitaalAdres& a, std::string_view w, const Opslag&) { return is_enum(a.soortDigitaalAdres, w); }},
    {"isStandaardAdres", [](const DigitaalAdres& a, std::string_view w, const Opslag&) { return is_bool(a.isStandaardAdres, w); }},
    {"referentie", [](const DigitaalAdres& a, std::string_view w, const Opslag&) { return is_tekst(a.referentie, w); }},
    {"omschrijving", [](const DigitaalAdres& a, std::string_view w, const Opslag&) { return is_tekst(a.omschrijving, w); }},
};

// Klantcontacten that have a betrokkene for this partij.
std::optional<std::vector<Uuid>> klantcontacten_van_partij(std::string_view w, const Opslag& o) {
  std::vector<Uuid> out;
  auto u = json::parse_uuid(w);
  if (!u) return out;
  for (const auto& b : o.van<Betrokkene>().verwijzers("wasPartij", *u))
    out.push_back(*o.van<Betrokkene>().vind(b)->hadKlantcontact->uuid);
  return out;
}

const Filter<Klantcontact> kKlantcontact[] = {
    {"hadBetrokkene__wasPartij__uuid",
     [](const Klantcontact& k, std::string_view w, const Opslag& o) {
       auto kc = klantcontacten_van_partij(w, o);
       return std::find(kc->begin(), kc->end(), *k.uuid) != kc->end();
     },
     &klantcontacten_van_partij},
    {"kanaal", [](const Klantcontact& k, std::string_view w, const Opslag&) { return is_tekst(k.kanaal, w); }},
    {"nummer", [](const Klantcontact& k, std::string_view w, const Opslag&) { return is_tekst(k.nummer, w); }},
    {"referentienummer", [](const Klantcontact& k, std::string_view w, const Opslag&) { return is_tekst(k.referentienummer, w); }},
    {"onderwerp", [](const Klantcontact& k, std::string_view w, const Opslag&) { return is_tekst(k.onderwerp, w); }},
    {"vertrouwelijk", [](const Klantcontact& k, std::string_view w, const Opslag&) { return is_bool(k.vertrouwelijk, w); }},
    {"indicatieContactGelukt", [](const Klantcontact& k, std::string_view w, const Opslag&) { return is_bool(k.indicatieContactGelukt, w); }},
};

const Filter<InterneTaak> kInterneTaak[] = {
    {"status", [](const InterneTaak& t, std::string_view w, const Opslag&) { return is_enum(t.status, w); }},
    {"toegewezenAanActor__uuid",
     [](const InterneTaak& t, std::string_view w, const Opslag&) {
       auto u = json::parse_uuid(w);
       if (!u || !t.toegewezenAanActoren.has_value()) return false;
       for (const auto& r : *t.toegewezenAanActoren)
         if (*r.uuid == *u) return true;
       return false;
     },
     [](std::string_view w, const Opslag& o) { return verwijzers<InterneTaak>("toegewezenAanActoren", w, o); }},
    {"aanleidinggevendKlantcontact__uuid",
     [](const InterneTaak& t, std::string_view w, const Opslag&) { return is_uuid(t.aanleidinggevendKlantcontact, w); },
     [](std::string_view w, const Opslag& o) { return verwijzers<InterneTaak>("aanleidinggevendKlantcontact", w, o); }},
    {"nummer", [](const InterneTaak& t, std::string_view w, const Opslag&) { return is_tekst(t.nummer, w); }},
    {"referentienummer", [](const InterneTaak& t, std::string_view w, const Opslag&) { return is_tekst(t.referentienummer, w); }},
};

const Filter<Betrokkene> kBetrokkene[] = {
    {"hadKlantcontact__uuid",
     [](const Betrokkene& b, std::string_view w, const Opslag&) { return is_uuid(b.hadKlantcontact, w); },
     [](std::string_view w, const Opslag& o) { return verwijzers<Betrokkene>("hadKlantcontact", w, o); }},
    {"wasPartij__uuid",
     [](const Betrokkene& b, std::string_view w, const Opslag&) { return is_uuid(b.wasPartij, w); },
     [](std::string_view w, const Opslag& o) { return verwijzers<Betrokkene>("wasPartij", w, o); }},
    {"organisatienaam", [](const Betrokkene& b, std::string_view w, const Opslag&) { return is_tekst(b.organisatienaam, w); }},
};

const Filter<PartijIdentificator> kPartijIdentificator[] = {
    {"partijIdentificatorObjectId",
     [](const PartijIdentificator& p, std::string_view w, const Opslag&) { return p.partijIdentificator->objectId == std::string(w); },
     [](std::string_view w, const Opslag& o) -> std::optional<std::vector<Uuid>> { return identificatoren_met_object_id(w, o); }},
    {"partijIdentificatorCodeSoortObjectId", [](const PartijIdentificator& p, std::string_view w, const Opslag&) { return is_enum(p.partijIdentificator->codeSoortObjectId, w); }},
    {"partijIdentificatorCodeObjecttype", [](const PartijIdentificator& p, std::string_view w, const Opslag&) { return is_enum(p.partijIdentificator->codeObjecttype, w); }},
    {"partijIdentificatorCodeRegister", [](const PartijIdentificator& p, std::string_view w, const Opslag&) { return is_enum(p.partijIdentificator->codeRegister, w); }},
};

const Filter<ActorKlantcontact> kActorKlantcontact[] = {
    {"actor__uuid", [](const ActorKlantcontact& a, std::string_view w, const Opslag&) { return is_uuid(a.actor, w); },
     [](std::string_view w, const Opslag& o) { return verwijzers<ActorKlantcontact>("actor", w, o); }},
    {"klantcontact__uuid", [](const ActorKlantcontact& a, std::string_view w, const Opslag&) { return is_uuid(a.klantcontact, w); },
     [](std::string_view w, const Opslag& o) { return verwijzers<ActorKlantcontact>("klantcontact", w, o); }},
};

const Filter<Actor> kActor[] = {
    {"naam", [](const Actor& a, std::string_view w, const Opslag&) { return is_tekst(a.naam, w); }},
    {"soortActor", [](const Actor& a, std::string_view w, const Opslag&) { return is_enum(a.soortActor, w); }},
    {"indicatieActief", [](const Actor& a, std::string_view w, const Opslag&) { return is_bool(a.indicatieActief, w); }},
};

const Filter<Onderwerpobject> kOnderwerpobject[] = {
    {"klantcontact__uuid", [](const Onderwerpobject& x, std::string_view w, const Opslag&) { return is_uuid(x.klantcontact, w); },
     [](std::string_view w, const Opslag& o) { return verwijzers<Onderwerpobject>("klantcontact", w, o); }},
    {"wasKlantcontact__uuid", [](const Onderwerpobject& x, std::string_view w, const Opslag&) { return is_uuid(x.wasKlantcontact, w); },
     [](std::string_view w, const Opslag& o) { return verwijzers<Onderwerpobject>("wasKlantcontact", w, o); }},
    {"onderwerpobjectidentificatorObjectId", [](const Onderwerpobject& x, std::string_view w, const Opslag&) {
       return x.onderwerpobjectidentificator.has_value() && is_tekst(x.onderwerpobjectidentificator->objectId, w); }},
};

const Filter<Bijlage> kBijlage[] = {
    {"klantcontact__uuid", [](const Bijlage& x, std::string_view w, const Opslag&) { return is_uuid(x.wasBijlageVanKlantcontact, w); },
     [](std::string_view w, const Opslag& o) { return verwijzers<Bijlage>("wasBijlageVanKlantcontact", w, o); }},
    {"bijlageidentificatorObjectId", [](const Bijlage& x, std::string_view w, const Opslag&) {
       return x.bijlageidentificator.has_value() && is_tekst(x.bijlageidentificator->objectId, w); }},
};

}  // namespace

template <> std::span<const Filter<Partij>> filters<Partij>() { return kPartij; }
template <> std::span<const Filter<DigitaalAdres>> filters<DigitaalAdres>() { return kDigitaalAdres; }
template <> std::span<const Filter<Klantcontact>> filters<Klantcontact>() { return kKlantcontact; }
template <> std::span<const Filter<InterneTaak>> filters<InterneTaak>() { return kInterneTaak; }
template <> std::span<const Filter<Betrokkene>> filters<Betrokkene>() { return kBetrokkene; }
template <> std::span<const Filter<PartijIdentificator>> filters<PartijIdentificator>() { return kPartijIdentificator; }
template <> std::span<const Filter<ActorKlantcontact>> filters<ActorKlantcontact>() { return kActorKlantcontact; }
template <> std::span<const Filter<Actor>> filters<Actor>() { return kActor; }
template <> std::span<const Filter<Onderwerpobject>> filters<Onderwerpobject>() { return kOnderwerpobject; }
template <> std::span<const Filter<Bijlage>> filters<Bijlage>() { return kBijlage; }
template <> std::span<const Filter<Rekeningnummer>> filters<Rekeningnummer>() { return {}; }
template <> std::span<const Filter<Vertegenwoordigden>> filters<Vertegenwoordigden>() { return {}; }
template <> std::span<const Filter<Categorie>> filters<Categorie>() { return {}; }
template <> std::span<const Filter<CategorieRelatie>> filters<CategorieRelatie>() { return {}; }

}  // namespace ki

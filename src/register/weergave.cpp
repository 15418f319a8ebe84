// Rendering stored objects in Open Klant's response shape.

#include "weergave.hpp"

#include <algorithm>

#include "klantinteracties/json/codec.hpp"

namespace ki::opslag {

namespace {

// Every property present (model.md §1.9 items 1-4): unset relations and
// nullable values null, texts "", lists [], groups complete; a polymorphic
// detail without record null. Reference URLs are filled in.
template <class T>
void maak_volledig(T& obj, const Weergave& w);

template <class V>
void maak_waarde_volledig(V& value, const Weergave& w) {
  if constexpr (!std::is_void_v<typename RefDoel<V>::type>) {
    using X = typename RefDoel<V>::type;
    if (value.uuid.has_value()) value.url = w.url<X>(*value.uuid);
  } else if constexpr (is_vector<V>::value) {
    for (auto& item : value) maak_waarde_volledig(item, w);
  } else if constexpr (is_variant<V>::value) {
    std::visit([&](auto& alt) { maak_volledig(alt, w); }, value);
  } else if constexpr (is_described_v<V>) {
    maak_volledig(value, w);
  }
}

template <class T>
void maak_volledig(T& obj, const Weergave& w) {
  for_each_veld<T>([&](const auto& veld) {
    using V = typename std::decay_t<decltype(veld)>::Type;
    auto& field = obj.*(veld.member);
    if (veld.json == "_expand") return;
    constexpr bool groep = is_described_v<V> && std::is_void_v<typename RefDoel<V>::type>;
    if constexpr (groep) {
      if (field.is_null()) field = V{};  // a group written as null is cleared (§1.4 item 2)
    }
    if (field.is_absent()) {
      if constexpr (groep)
        field = V{};  // a group: rendered complete, never null
      else if constexpr (is_vector<V>::value)
        field = V{};
      else if constexpr (std::is_same_v<V, Metadata>)
        field = Metadata{};
      else if constexpr (std::is_same_v<V, std::string>)
        veld.opt.has(Opt::nullable) ? field.set_null() : void(field = std::string());
      else
        field.set_null();
    }
    if (field.has_value()) maak_waarde_volledig(*field, w);
  });
}

bool gevraagd(std::string_view expand, std::string_view naam) {
  std::size_t pos = 0;
  while (pos <= expand.size()) {
    const std::size_t komma = std::min(expand.find(',', pos), expand.size());
    std::string_view deel = expand.substr(pos, komma - pos);
    if (deel == naam || (deel.size() > naam.size() && deel.substr(0, naam.size()) == naam &&
                         deel[naam.size()] == '.'))
      return true;
    pos = komma + 1;
  }
  return false;
}

// The part of `expand` below `naam` (`hadBetrokkenen.wasPartij` -> `wasPartij`).
std::string onder(std::string_view expand, std::string_view naam) {
  std::string rest;
  std::size_t pos = 0;
  while (pos <= expand.size()) {
    const std::size_t komma = std::min(expand.find(',', pos), expand.size());
    std::string_view deel = expand.substr(pos, komma - pos);
    if (deel.size() > naam.size() && deel.substr(0, naam.size()) == naam &&
        deel[naam.size()] == '.') {
      if (!rest.empty()) rest += ',';
      rest += deel.substr(naam.size() + 1);
    }
    pos = komma + 1;
  }
  return rest;
}

template <class X, class Bron>
std::vector<Ref<X>> refs(const Weergave& w, const Verzameling<Bron>& v, std::string_view veld,
                         const Uuid& doel) {
  std::vector<Ref<X>> out;
  for (const auto& u : v.verwijzers(veld, doel)) out.push_back(w.ref<X>(u));
  return out;
}

template <class X>
std::vector<X> expandeer(const Weergave& w, const std::vector<Ref<X>>& lijst,
                         std::string_view expand) {
  std::vector<X> out;
  for (const auto& r : lijst)
    if (const auto x = w.opslag().van<X>().vind(*r.uuid)) out.push_back(w.render(*x, expand));
  return out;
}

}  // namespace

template <class T>
T Weergave::render(const T& stored, std::string_view expand) const {
  T obj = stored;
  const Uuid u = *obj.uuid;
  obj.url = url<T>(u);

  if constexpr (std::is_same_v<T, Klantcontact>) {
    obj.gingOverOnderwerpobjecten =
        refs<Onderwerpobject>(*this, o_.van<Onderwerpobject>(), "klantcontact", u);
    std::vector<Actor> actoren;
    for (const auto& ak : o_.van<ActorKlantcontact>().verwijzers("klantcontact", u))
      if (const auto link = o_.van<ActorKlantcontact>().vind(ak))
        if (const auto a = o_.van<Actor>().vind(*link->actor->uuid)) actoren.push_back(render(*a));
    obj.hadBetrokkenActoren = std::move(actoren);
    obj.omvatteBijlagen = refs<Bijlage>(*this, o_.van<Bijlage>(), "wasBijlageVanKlantcontact", u);
    obj.hadBetrokkenen = refs<Betrokkene>(*this, o_.van<Betrokkene>(), "hadKlantcontact", u);
    obj.leiddeTotInterneTaken =
        refs<InterneTaak>(*this, o_.van<InterneTaak>(), "aanleidinggevendKlantcontact", u);
    if (!expand.empty()) {
      KlantcontactExpand e;
      if (gevraagd(expand, "hadBetrokkenen"))
        e.hadBetrokkenen = expandeer(*this, *obj.hadBetrokkenen, onder(expand, "hadBetrokkenen"));
      if (gevraagd(expand, "leiddeTotInterneTaken"))
        e.leiddeTotInterneTaken = expandeer(*this, *obj.leiddeTotInterneTaken, {});
      if (gevraagd(expand, "gingOverOnderwerpobjecten"))
        e.gingOverOnderwerpobjecten = expandeer(*this, *obj.gingOverOnderwerpobjecten, {});
      if (gevraagd(expand, "omvatteBijlagen"))
        e.omvatteBijlagen = expandeer(*this, *obj.omvatteBijlagen, {});
      obj.expand = std::move(e);
    }
  } else if constexpr (std::is_same_v<T, Betrokkene>) {
    obj.digitaleAdressen =
        refs<DigitaalAdres>(*this, o_.van<DigitaalAdres>(), "verstrektDoorBetrokkene", u);
    obj.volledigeNaam = volledige_naam(obj.contactnaam);
    if (!expand.empty()) {
      BetrokkeneExpand e;
      if (gevraagd(expand, "digitaleAdressen"))
        e.digitaleAdressen = expandeer(*this, *obj.digitaleAdressen, {});
      if (gevraagd(expand, "wasPartij") && obj.wasPartij.has_value())
        if (const auto p = o_.van<Partij>().vind(*obj.wasPartij->uuid))
          e.unknown["wasPartij"] = json::encode(render(*p));
      // Nested paths of Partij (betrokkenen.hadKlantcontact) and DigitaalAdres
      // (verstrektDoorBetrokkene.hadKlantcontact[.leiddeTotInterneTaken]).
      if (gevraagd(expand, "hadKlantcontact") && obj.hadKlantcontact.has_value())
        if (const auto k = o_.van<Klantcontact>().vind(*obj.hadKlantcontact->uuid))
          e.unknown["hadKlantcontact"] = json::encode(render(*k, onder(expand, "hadKlantcontact")));
      obj.expand = std::move(e);
    }
  } else if constexpr (std::is_same_v<T, Partij>) {
    obj.betrokkenen = refs<Betrokkene>(*this, o_.van<Betrokkene>(), "wasPartij", u);
    std::vector<CategorieRelatieRef> relaties;
    for (const auto& cr : o_.van<CategorieRelatie>().verwijzers("partij", u)) {
      const CategorieRelatie rel = *o_.van<CategorieRelatie>().vind(cr);
      CategorieRelatieRef r;
      r.uuid = cr;
      r.url = url<CategorieRelatie>(cr);
      r.categorieNaam.set_null();
      if (rel.categorie.has_value())
        if (const auto c = o_.van<Categorie>().vind(*rel.categorie->uuid))
          r.categorieNaam = c->naam.value_or("");
      r.beginDatum = rel.beginDatum;
      r.eindDatum = rel.eindDatum;
      relaties.push_back(std::move(r));
    }
    obj.categorieRelaties = std::move(relaties);
    obj.digitaleAdressen =
        refs<DigitaalAdres>(*this, o_.van<DigitaalAdres>(), "verstrektDoorPartij", u);
    std::vector<Ref<Partij>> vertegenwoordigden;
    for (const auto& vt : o_.van<Vertegenwoordigden>().verwijzers("vertegenwoordigendePartij", u))
      vertegenwoordigden.push_back(
          ref<Partij>(*o_.van<Vertegenwoordigden>().vind(vt)->vertegenwoordigdePartij->uuid));
    obj.vertegenwoordigden = std::move(vertegenwoordigden);
    obj.rekeningnummers = refs<Rekeningnummer>(*this, o_.van<Rekeningnummer>(), "partij", u);
    std::vector<PartijIdentificator> ids;
    for (const auto& pi : o_.van<PartijIdentificator>().verwijzers("identificeerdePartij", u))
      ids.push_back(render(*o_.van<PartijIdentificator>().vind(pi)));
    obj.partijIdentificatoren = std::move(ids);
    if (obj.partijIdentificatie.has_value())
      std::visit(
          [](auto& detail) {
            if constexpr (requires { detail.contactnaam; })
              detail.volledigeNaam = volledige_naam(detail.contactnaam);
          },
          *obj.partijIdentificatie);
    if (!expand.empty()) {
      PartijExpand e;
      if (gevraagd(expand, "digitaleAdressen"))
        e.digitaleAdressen = expandeer(*this, *obj.digitaleAdressen, {});
      if (gevraagd(expand, "betrokkenen"))
        e.betrokkenen = expandeer(*this, *obj.betrokkenen, onder(expand, "betrokkenen"));
      if (gevraagd(expand, "categorieRelaties")) {
        std::vector<CategorieRelatie> rels;
        for (const auto& r : *obj.categorieRelaties)
          rels.push_back(render(*o_.van<CategorieRelatie>().vind(*r.uuid)));
        e.categorieRelaties = std::move(rels);
      }
      obj.expand = std::move(e);
    }
  } else if constexpr (std::is_same_v<T, InterneTaak>) {
    // Both forms are rendered (model.md §1.9 item 7); the single one is the
    // first actor, or {"uuid": null} without actors.
    Ref<Actor> eerste;
    eerste.uuid.set_null();
    if (obj.toegewezenAanActoren.has_value() && !obj.toegewezenAanActoren->empty())
      eerste = obj.toegewezenAanActoren->front();
    obj.toegewezenAanActor = eerste;
  } else if constexpr (std::is_same_v<T, CategorieRelatie>) {
    if (obj.categorie.has_value())
      if (const auto c = o_.van<Categorie>().vind(*obj.categorie->uuid))
        obj.categorie->naam = c->naam.value_or("");
  } else if constexpr (std::is_same_v<T, DigitaalAdres>) {
    if (!expand.empty() && gevraagd(expand, "verstrektDoorBetrokkene")) {
      DigitaalAdresExpand e;
      e.verstrektDoorBetrokkene.set_null();
      if (obj.verstrektDoorBetrokkene.has_value())
        if (const auto b = o_.van<Betrokkene>().vind(*obj.verstrektDoorBetrokkene->uuid))
          e.verstrektDoorBetrokkene =
              Box<Betrokkene>(render(*b, onder(expand, "verstrektDoorBetrokkene")));
      obj.expand = std::move(e);
    }
  }
  maak_volledig(obj, *this);
  return obj;
}

template Klantcontact Weergave::render(const Klantcontact&, std::string_view) const;
template Betrokkene Weergave::render(const Betrokkene&, std::string_view) const;
template Onderwerpobject Weergave::render(const Onderwerpobject&, std::string_view) const;
template Bijlage Weergave::render(const Bijlage&, std::string_view) const;
template ActorKlantcontact Weergave::render(const ActorKlantcontact&, std::string_view) const;
template Actor Weergave::render(const Actor&, std::string_view) const;
template InterneTaak Weergave::render(const InterneTaak&, std::string_view) const;
template Partij Weergave::render(const Partij&, std::string_view) const;
template PartijIdentificator Weergave::render(const PartijIdentificator&, std::string_view) const;
template DigitaalAdres Weergave::render(const DigitaalAdres&, std::string_view) const;
template Rekeningnummer Weergave::render(const Rekeningnummer&, std::string_view) const;
template Vertegenwoordigden Weergave::render(const Vertegenwoordigden&, std::string_view) const;
template Categorie Weergave::render(const Categorie&, std::string_view) const;
template CategorieRelatie Weergave::render(const CategorieRelatie&, std::string_view) const;

}  // namespace ki::opslag

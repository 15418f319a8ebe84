// The filters of each list endpoint: every GET query parameter of the
// collection paths in Open Klant's OpenAPI document
// (../shared/reference/openklant-klantinteracties-openapi.yaml), named as
// there, with the semantics of Open Klant's filtersets:
//   - exact match, except the text searches Open Klant declares with
//     lookup_expr="icontains" (`__icontains`, and klantcontacten `inhoud`,
//     `onderwerp`, `reactie`, actoren `naam`, digitaleadressen
//     `omschrijving`, whose OAS descriptions say "met specifieke tekst in" /
//     "die de opgegeven waarden bevat"); case-insensitive for ASCII letters;
//   - `__gt`, `__gte`, `__lt`, `__lte` compare dates / moments;
//   - `__url` takes the uuid at the end of the URL (Open Klant:
//     `value.rstrip("/").split("/")[-1]`); a value that is no uuid matches
//     nothing;
//   - a boolean other than true/false/1/0 (any case) leaves the filter out,
//     as django-filter's BooleanWidget does; an empty value leaves any filter
//     out (lijsten.cpp);
//   - relations are "exists": a klantcontact passes
//     `hadBetrokkene__wasPartij__uuid=X` when one of its betrokkenen was X.
// Filters on uuids and on indexed values (identificator objectId, adres,
// nummer/referentienummer, onderwerpobject objectId, plaatsgevondenOp,
// status) hand their candidates from the indexes (`kandidaten`), so such a
// list needs no scan.
//
// Library extension (not in Open Klant's API): `plaatsgevondenOp__gte` and
// `plaatsgevondenOp__lt` on /klantcontacten, a range search on the moment of
// the contact (F2084 "filter by period"), answered from the plaatsgevondenOp
// index.

#include <algorithm>
#include <functional>
#include <string>

#include "klantinteracties/json/scalars.hpp"
#include "lijsten.hpp"

namespace ki {

namespace {

using opslag::Opslag;
using Kandidaten = std::optional<std::vector<Uuid>>;
using PI = PartijIdentificator;
using PIG = PartijIdentificatorGroep;
using OI = Objectidentificator;
using OO = Onderwerpobject;
using DA = DigitaalAdres;
using KC = Klantcontact;
using CR = CategorieRelatie;
using VT = Vertegenwoordigden;

// A string literal as a template argument: the JSON name of a reference field
// (the key of the reverse index).
template <std::size_t N>
struct Naam {
  char s[N]{};
  constexpr Naam(const char (&x)[N]) { std::copy_n(x, N, s); }  // NOLINT: implicit by design
  constexpr std::string_view sv() const { return {s, N - 1}; }
};

// A pointer to a Field<V> member of T: Obj = T, Waarde = V.
template <class M>
struct Lid;
template <class T, class V>
struct Lid<Field<V> T::*> {
  using Obj = T;
  using Waarde = V;
};
template <auto veld>
using ObjVan = typename Lid<decltype(veld)>::Obj;
template <auto veld>
using WaardeVan = typename Lid<decltype(veld)>::Waarde;

// ---- Values -----------------------------------------------------------------

// django-filter's BooleanWidget: true/false/1/0 in any case, else no filter.
std::optional<bool> als_bool(std::string_view w) {
  const std::string l = json::detail::lower_ascii(w);
  if (l == "true" || l == "1") return true;
  if (l == "false" || l == "0") return false;
  return std::nullopt;
}

// The uuid at the end of a URL.
std::optional<Uuid> uuid_uit_url(std::string_view w) {
  while (!w.empty() && w.back() == '/') w.remove_suffix(1);
  const auto slash = w.rfind('/');
  return json::parse_uuid(slash == std::string_view::npos ? w : w.substr(slash + 1));
}

// The uuid a uuid field or reference holds (null when unset).
const Uuid* doel_van(const Field<Uuid>& f) { return f.get(); }
template <class R>
  requires(!std::is_void_v<typename RefDoel<R>::type>)
const Uuid* doel_van(const Field<R>& r) {
  return r.has_value() ? r->uuid.get() : nullptr;
}

bool is_uuid(const Uuid* u, const std::optional<Uuid>& w) { return u && w && *u == *w; }

// Exact comparison of a stored value with the query text.
bool past(const Field<std::string>& f, std::string_view w) { return f.has_value() && *f == w; }
bool past(const Field<bool>& f, std::string_view w) {
  const auto b = als_bool(w);
  return !b || (f.has_value() && *f == *b);
}
template <class E>
  requires std::is_enum_v<E>
bool past(const Field<E>& f, std::string_view w) {
  return f.has_value() && to_string(*f) == w;
}
bool past(const Field<Uuid>& f, std::string_view w) { return is_uuid(doel_van(f), json::parse_uuid(w)); }
template <class R>
  requires(!std::is_void_v<typename RefDoel<R>::type>)
bool past(const Field<R>& r, std::string_view w) {
  return is_uuid(doel_van(r), json::parse_uuid(w));
}
bool past(const Field<Date>& f, std::string_view w) {
  const auto d = json::parse_date(w);
  return d && f.has_value() && *f == *d;
}
bool past(const Field<DateTime>& f, std::string_view w) {
  const auto t = json::parse_date_time(w);
  return t && f.has_value() && opslag::microseconden(*f) == opslag::microseconden(*t);
}

// ---- Filters (past) ----------------------------------------------------------

// `veld` equals the value.
template <auto veld>
bool gelijk(const ObjVan<veld>& o, std::string_view w, const Opslag&) {
  return past(o.*veld, w);
}

// `veld` contains the value (icontains).
template <auto veld>
bool bevat(const ObjVan<veld>& o, std::string_view w, const Opslag&) {
  const auto& f = o.*veld;
  return f.has_value() &&
         json::detail::lower_ascii(*f).find(json::detail::lower_ascii(w)) != std::string::npos;
}

// The uuid or reference `veld` is the one at the end of the URL.
template <auto veld>
bool op_url(const ObjVan<veld>& o, std::string_view w, const Opslag&) {
  return is_uuid(doel_van(o.*veld), uuid_uit_url(w));
}

// A sub-field of a group equals the value.
template <auto groep, auto deel>
bool in_groep(const ObjVan<groep>& o, std::string_view w, const Opslag&) {
  const auto& g = o.*groep;
  return g.has_value() && past((*g).*deel, w);
}

// A date / moment compared with the value (`__gt` and friends).
template <auto veld, class Cmp>
bool datum_cmp(const ObjVan<veld>& o, std::string_view w, const Opslag&) {
  const auto d = json::parse_date(w);
  const auto& f = o.*veld;
  return d && f.has_value() && Cmp{}(*f, *d);
}
template <auto veld, class Cmp>
bool moment_cmp(const ObjVan<veld>& o, std::string_view w, const Opslag&) {
  const auto t = json::parse_date_time(w);
  const auto& f = o.*veld;
  return t && f.has_value() && Cmp{}(opslag::microseconden(*f), opslag::microseconden(*t));
}

// The object that reference `ref` points at passes `sub`.
template <auto ref, auto sub>
bool via(const ObjVan<ref>& o, std::string_view w, const Opslag& s) {
  using X = typename RefDoel<WaardeVan<ref>>::type;
  const Uuid* u = doel_van(o.*ref);
  const std::optional<X> doel = u ? s.van<X>().vind(*u) : std::nullopt;
  return doel && sub(*doel, w, s);
}

// Some X that refers to the object through `veld` passes `sub`.
template <class T, class X, Naam veld, auto sub>
bool enig(const T& o, std::string_view w, const Opslag& s) {
  for (const auto& u : s.van<X>().verwijzers(veld.sv(), *o.uuid))
    if (const auto x = s.van<X>().vind(u); x && sub(*x, w, s)) return true;
  return false;
}

// Whether some X refers to the object through `veld` (boolean filter).
template <class T, class X, Naam veld>
bool heeft(const T& o, std::string_view w, const Opslag& s) {
  const auto b = als_bool(w);
  return !b || s.van<X>().verwijzers(veld.sv(), *o.uuid).empty() != *b;
}

// A partij has an identificator whose group value `deel` equals the value.
template <auto deel>
bool partij_pi(const Partij& p, std::string_view w, const Opslag& s) {
  return enig<Partij, PI, "identificeerdePartij", &in_groep<&PI::partijIdentificator, deel>>(p, w, s);
}

// A partij has an identificator whose parent (subIdentificatorVan) has group
// value `deel` equal to the value.
template <auto deel>
bool partij_ouder_pi(const Partij& p, std::string_view w, const Opslag& s) {
  return enig<Partij, PI, "identificeerdePartij",
              &via<&PI::subIdentificatorVan, &in_groep<&PI::partijIdentificator, deel>>>(p, w, s);
}

// Klantcontact hadBetrokkene__wasPartij: true — a betrokkene that was a
// partij; false — a betrokkene without partij, or no betrokkene at all (as
// Django's `betrokkene__partij__isnull=True` across the reverse relation).
bool betrokkene_was_partij(const KC& k, std::string_view w, const Opslag& s) {
  const auto b = als_bool(w);
  if (!b) return true;
  const auto& lijst = s.van<Betrokkene>().verwijzers("hadKlantcontact", *k.uuid);
  if (lijst.empty()) return !*b;
  for (const auto& u : lijst)
    if (s.van<Betrokkene>().vind(u)->wasPartij.has_value() == *b) return true;
  return false;
}

// DigitaalAdres isGeverifieerd: whether verificatieDatum is set.
bool is_geverifieerd(const DA& a, std::string_view w, const Opslag&) {
  const auto b = als_bool(w);
  return !b || a.verificatieDatum.has_value() == *b;
}

// InterneTaak actoren__naam: one of the assigned actors has this naam.
bool actor_naam(const InterneTaak& t, std::string_view w, const Opslag& s) {
  if (!t.toegewezenAanActoren.has_value()) return false;
  for (const auto& r : *t.toegewezenAanActoren)
    if (const std::optional<Actor> a =
            r.uuid.has_value() ? s.van<Actor>().vind(*r.uuid) : std::nullopt;
        a && past(a->naam, w))
      return true;
  return false;
}

// InterneTaak toegewezenAanActor__uuid / __url: the actor is one of the assigned.
bool toegewezen_aan(const InterneTaak& t, const std::optional<Uuid>& actor) {
  if (!actor || !t.toegewezenAanActoren.has_value()) return false;
  for (const auto& r : *t.toegewezenAanActoren)
    if (r.uuid.has_value() && *r.uuid == *actor) return true;
  return false;
}
bool toegewezen_uuid(const InterneTaak& t, std::string_view w, const Opslag&) { return toegewezen_aan(t, json::parse_uuid(w)); }
bool toegewezen_url(const InterneTaak& t, std::string_view w, const Opslag&) { return toegewezen_aan(t, uuid_uit_url(w)); }

// Partij categorierelatie__categorie__naam: comma-separated names, any of them.
bool categorie_naam(const Partij& p, std::string_view w, const Opslag& s) {
  for (const auto& u : s.van<CR>().verwijzers("partij", *p.uuid)) {
    const CR rel = *s.van<CR>().vind(u);
    const std::optional<Categorie> c =
        doel_van(rel.categorie) ? s.van<Categorie>().vind(*doel_van(rel.categorie)) : std::nullopt;
    if (!c || !c->naam.has_value()) continue;
    std::size_t pos = 0;
    while (pos <= w.size()) {
      const std::size_t komma = std::min(w.find(',', pos), w.size());
      if (w.substr(pos, komma - pos) == *c->naam) return true;
      pos = komma + 1;
    }
  }
  return false;
}

// ---- Candidates (kandidaten) -------------------------------------------------

// The partij-identificatoren with this objectId, in storage order.
std::vector<Uuid> identificatoren_met_object_id(const Opslag& o, std::string_view w) {
  std::vector<Uuid> out;
  const auto& index = o.indexen().identificator_object_id;
  if (auto it = index.find(w); it != index.end())
    for (const auto& e : it->second) out.push_back(e.uuid);
  return out;
}

std::vector<Uuid> een(const std::optional<Uuid>& u) {
  return u ? std::vector<Uuid>{*u} : std::vector<Uuid>{};
}

// The targets of reference `ref` of the given objects.
template <auto ref>
std::vector<Uuid> heen(const std::vector<Uuid>& bronnen, const Opslag& o) {
  using Bron = ObjVan<ref>;
  std::vector<Uuid> out;
  for (const auto& u : bronnen)
    if (const auto b = o.van<Bron>().vind(u))
      if (const Uuid* d = doel_van((*b).*ref)) out.push_back(*d);
  return out;
}

// The X that refer to any of `doelen` through `veld`.
template <class X, Naam veld>
std::vector<Uuid> terug(const std::vector<Uuid>& doelen, const Opslag& o) {
  std::vector<Uuid> out;
  for (const auto& d : doelen) {
    const auto& l = o.van<X>().verwijzers(veld.sv(), d);
    out.insert(out.end(), l.begin(), l.end());
  }
  return out;
}

// The T with this nummer / referentienummer (unique index, KI-GEN-023).
template <class T>
std::vector<Uuid> met_nummer(std::string_view veld, std::string_view w, const Opslag& o) {
  const auto& alle = o.indexen().nummer;
  auto index = alle.find({Resource<T>::naam, veld});
  if (index == alle.end()) return {};
  auto it = index->second.find(std::string(w));
  return it == index->second.end() ? std::vector<Uuid>{} : std::vector<Uuid>{it->second};
}

std::vector<Uuid> partijen_met_object_id(std::string_view w, const Opslag& o) {
  return heen<&PI::identificeerdePartij>(identificatoren_met_object_id(o, w), o);
}

// The T whose reference `veld` is the uuid (or URL) in the value.
template <class T, Naam veld>
Kandidaten door_uuid(std::string_view w, const Opslag& o) {
  return terug<T, veld>(een(json::parse_uuid(w)), o);
}
template <class T, Naam veld>
Kandidaten door_url(std::string_view w, const Opslag& o) {
  return terug<T, veld>(een(uuid_uit_url(w)), o);
}
template <class T, Naam veld>
Kandidaten door_nummer(std::string_view w, const Opslag& o) {
  return met_nummer<T>(veld.sv(), w, o);
}

// Klantcontacten by plaatsgevondenOp: equal, from (inclusive), before.
enum class Bereik { gelijk, vanaf, voor };
template <Bereik b>
Kandidaten moment(std::string_view w, const Opslag& o) {
  std::vector<Uuid> out;
  const auto t = json::parse_date_time(w);
  if (!t) return out;
  const auto& index = o.indexen().plaatsgevonden;
  const std::int64_t us = opslag::microseconden(*t);
  auto begin = b == Bereik::voor ? index.begin() : index.lower_bound(us);
  auto eind = b == Bereik::gelijk ? index.upper_bound(us)
              : b == Bereik::vanaf ? index.end()
                                   : index.lower_bound(us);
  for (auto it = begin; it != eind; ++it) out.push_back(it->second);
  return out;
}

Kandidaten taken_met_status(std::string_view w, const Opslag& o) {
  std::vector<Uuid> out;
  for (const Status s : {Status::te_verwerken, Status::verwerkt}) {
    if (to_string(s) != w) continue;
    const auto& index = o.indexen().status;
    if (auto it = index.find(s); it != index.end()) out.assign(it->second.begin(), it->second.end());
  }
  return out;
}

// ---- The endpoints -----------------------------------------------------------

const Filter<Partij> kPartij[] = {
    {"bezoekadresAdresregel1", &in_groep<&Partij::bezoekadres, &Adres::adresregel1>},
    {"bezoekadresAdresregel2", &in_groep<&Partij::bezoekadres, &Adres::adresregel2>},
    {"bezoekadresAdresregel3", &in_groep<&Partij::bezoekadres, &Adres::adresregel3>},
    {"bezoekadresLand", &in_groep<&Partij::bezoekadres, &Adres::land>},
    {"bezoekadresNummeraanduidingId", &in_groep<&Partij::bezoekadres, &Adres::nummeraanduidingId>},
    {"categorierelatie__categorie__naam", &categorie_naam},
    {"correspondentieadresAdresregel1", &in_groep<&Partij::correspondentieadres, &Adres::adresregel1>},
    {"correspondentieadresAdresregel2", &in_groep<&Partij::correspondentieadres, &Adres::adresregel2>},
    {"correspondentieadresAdresregel3", &in_groep<&Partij::correspondentieadres, &Adres::adresregel3>},
    {"correspondentieadresLand", &in_groep<&Partij::correspondentieadres, &Adres::land>},
    {"correspondentieadresNummeraanduidingId", &in_groep<&Partij::correspondentieadres, &Adres::nummeraanduidingId>},
    {"indicatieActief", &gelijk<&Partij::indicatieActief>},
    {"indicatieGeheimhouding", &gelijk<&Partij::indicatieGeheimhouding>},
    {"nummer", &gelijk<&Partij::nummer>, &door_nummer<Partij, "nummer">},
    {"partijIdentificator__codeObjecttype", &partij_pi<&PIG::codeObjecttype>},
    {"partijIdentificator__codeRegister", &partij_pi<&PIG::codeRegister>},
    {"partijIdentificator__codeSoortObjectId", &partij_pi<&PIG::codeSoortObjectId>},
    {"partijIdentificator__objectId", &partij_pi<&PIG::objectId>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return partijen_met_object_id(w, o); }},
    {"soortPartij", &gelijk<&Partij::soortPartij>},
    {"subIdentificatorVan__codeObjecttype", &partij_ouder_pi<&PIG::codeObjecttype>},
    {"subIdentificatorVan__codeRegister", &partij_ouder_pi<&PIG::codeRegister>},
    {"subIdentificatorVan__codeSoortObjectId", &partij_ouder_pi<&PIG::codeSoortObjectId>},
    {"subIdentificatorVan__objectId", &partij_ouder_pi<&PIG::objectId>,
     [](std::string_view w, const Opslag& o) -> Kandidaten {
       const auto ouders = identificatoren_met_object_id(o, w);
       return heen<&PI::identificeerdePartij>(terug<PI, "subIdentificatorVan">(ouders, o), o);
     }},
    // Open Klant: vertegenwoordigde__vertegenwoordigende_partij__uuid — the
    // partijen that the given partij represents.
    {"vertegenwoordigdePartij__url", &enig<Partij, VT, "vertegenwoordigdePartij", &op_url<&VT::vertegenwoordigendePartij>>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return heen<&VT::vertegenwoordigdePartij>(*door_url<VT, "vertegenwoordigendePartij">(w, o), o); }},
    {"vertegenwoordigdePartij__uuid", &enig<Partij, VT, "vertegenwoordigdePartij", &gelijk<&VT::vertegenwoordigendePartij>>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return heen<&VT::vertegenwoordigdePartij>(*door_uuid<VT, "vertegenwoordigendePartij">(w, o), o); }},
};

const Filter<DigitaalAdres> kDigitaalAdres[] = {
    {"adres", &gelijk<&DA::adres>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return opslag::uuids_in(o.indexen().adres, w); }},
    {"adres__icontains", &bevat<&DA::adres>},
    {"isGeverifieerd", &is_geverifieerd},
    {"isStandaardAdres", &gelijk<&DA::isStandaardAdres>},
    {"omschrijving", &bevat<&DA::omschrijving>},
    {"referentie", &gelijk<&DA::referentie>},
    {"soortDigitaalAdres", &gelijk<&DA::soortDigitaalAdres>},
    {"verificatieDatum", &gelijk<&DA::verificatieDatum>},
    {"verificatieDatum__gt", &datum_cmp<&DA::verificatieDatum, std::greater<>>},
    {"verificatieDatum__gte", &datum_cmp<&DA::verificatieDatum, std::greater_equal<>>},
    {"verificatieDatum__lt", &datum_cmp<&DA::verificatieDatum, std::less<>>},
    {"verificatieDatum__lte", &datum_cmp<&DA::verificatieDatum, std::less_equal<>>},
    {"verstrektDoorBetrokkene__rol", &via<&DA::verstrektDoorBetrokkene, &gelijk<&Betrokkene::rol>>},
    {"verstrektDoorBetrokkene__url", &op_url<&DA::verstrektDoorBetrokkene>, &door_url<DA, "verstrektDoorBetrokkene">},
    {"verstrektDoorBetrokkene__uuid", &gelijk<&DA::verstrektDoorBetrokkene>, &door_uuid<DA, "verstrektDoorBetrokkene">},
    {"verstrektDoorPartij__partijIdentificator__codeObjecttype", &via<&DA::verstrektDoorPartij, &partij_pi<&PIG::codeObjecttype>>},
    {"verstrektDoorPartij__partijIdentificator__codeRegister", &via<&DA::verstrektDoorPartij, &partij_pi<&PIG::codeRegister>>},
    {"verstrektDoorPartij__partijIdentificator__codeSoortObjectId", &via<&DA::verstrektDoorPartij, &partij_pi<&PIG::codeSoortObjectId>>},
    {"verstrektDoorPartij__partijIdentificator__objectId", &via<&DA::verstrektDoorPartij, &partij_pi<&PIG::objectId>>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return terug<DA, "verstrektDoorPartij">(partijen_met_object_id(w, o), o); }},
    {"verstrektDoorPartij__soortPartij", &via<&DA::verstrektDoorPartij, &gelijk<&Partij::soortPartij>>},
    {"verstrektDoorPartij__url", &op_url<&DA::verstrektDoorPartij>, &door_url<DA, "verstrektDoorPartij">},
    {"verstrektDoorPartij__uuid", &gelijk<&DA::verstrektDoorPartij>, &door_uuid<DA, "verstrektDoorPartij">},
};

// Klantcontacten that have a betrokkene for this partij.
Kandidaten klantcontacten_van_partij(const std::vector<Uuid>& partijen, const Opslag& o) {
  return heen<&Betrokkene::hadKlantcontact>(terug<Betrokkene, "wasPartij">(partijen, o), o);
}

template <auto deel>
bool kc_oo(const KC& k, std::string_view w, const Opslag& o) {
  return enig<KC, OO, "klantcontact", &in_groep<&OO::onderwerpobjectidentificator, deel>>(k, w, o);
}
template <auto deel>
bool kc_was_oo(const KC& k, std::string_view w, const Opslag& o) {
  return enig<KC, OO, "wasKlantcontact", &in_groep<&OO::onderwerpobjectidentificator, deel>>(k, w, o);
}
template <auto deel>
bool kc_partij_pi(const KC& k, std::string_view w, const Opslag& o) {
  return enig<KC, Betrokkene, "hadKlantcontact", &via<&Betrokkene::wasPartij, &partij_pi<deel>>>(k, w, o);
}

const Filter<Klantcontact> kKlantcontact[] = {
    {"hadBetrokkene__digitaaladres__adres__icontains",
     &enig<KC, Betrokkene, "hadKlantcontact", &enig<Betrokkene, DA, "verstrektDoorBetrokkene", &bevat<&DA::adres>>>},
    {"hadBetrokkene__url", &enig<KC, Betrokkene, "hadKlantcontact", &op_url<&Betrokkene::uuid>>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return heen<&Betrokkene::hadKlantcontact>(een(uuid_uit_url(w)), o); }},
    {"hadBetrokkene__uuid", &enig<KC, Betrokkene, "hadKlantcontact", &gelijk<&Betrokkene::uuid>>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return heen<&Betrokkene::hadKlantcontact>(een(json::parse_uuid(w)), o); }},
    {"hadBetrokkene__wasPartij", &betrokkene_was_partij},
    {"hadBetrokkene__wasPartij__partijIdentificator__codeObjecttype", &kc_partij_pi<&PIG::codeObjecttype>},
    {"hadBetrokkene__wasPartij__partijIdentificator__codeRegister", &kc_partij_pi<&PIG::codeRegister>},
    {"hadBetrokkene__wasPartij__partijIdentificator__codeSoortObjectId", &kc_partij_pi<&PIG::codeSoortObjectId>},
    {"hadBetrokkene__wasPartij__partijIdentificator__objectId", &kc_partij_pi<&PIG::objectId>,
     [](std::string_view w, const Opslag& o) { return klantcontacten_van_partij(partijen_met_object_id(w, o), o); }},
    {"hadBetrokkene__wasPartij__url", &enig<KC, Betrokkene, "hadKlantcontact", &op_url<&Betrokkene::wasPartij>>,
     [](std::string_view w, const Opslag& o) { return klantcontacten_van_partij(een(uuid_uit_url(w)), o); }},
    {"hadBetrokkene__wasPartij__uuid", &enig<KC, Betrokkene, "hadKlantcontact", &gelijk<&Betrokkene::wasPartij>>,
     [](std::string_view w, const Opslag& o) { return klantcontacten_van_partij(een(json::parse_uuid(w)), o); }},
    {"indicatieContactGelukt", &gelijk<&KC::indicatieContactGelukt>},
    {"inhoud", &bevat<&KC::inhoud>},
    {"kanaal", &gelijk<&KC::kanaal>},
    {"leiddeTotInterneTaken", &heeft<KC, InterneTaak, "aanleidinggevendKlantcontact">},
    {"nummer", &gelijk<&KC::nummer>, &door_nummer<KC, "nummer">},
    {"onderwerp", &bevat<&KC::onderwerp>},
    {"onderwerpobject__onderwerpobjectidentificatorCodeObjecttype", &kc_oo<&OI::codeObjecttype>},
    {"onderwerpobject__onderwerpobjectidentificatorCodeRegister", &kc_oo<&OI::codeRegister>},
    {"onderwerpobject__onderwerpobjectidentificatorCodeSoortObjectId", &kc_oo<&OI::codeSoortObjectId>},
    {"onderwerpobject__onderwerpobjectidentificatorObjectId", &kc_oo<&OI::objectId>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return heen<&OO::klantcontact>(opslag::uuids_in(o.indexen().onderwerpobject_object_id, w), o); }},
    {"onderwerpobject__url", &enig<KC, OO, "klantcontact", &op_url<&OO::uuid>>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return heen<&OO::klantcontact>(een(uuid_uit_url(w)), o); }},
    {"onderwerpobject__uuid", &enig<KC, OO, "klantcontact", &gelijk<&OO::uuid>>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return heen<&OO::klantcontact>(een(json::parse_uuid(w)), o); }},
    {"plaatsgevondenOp", &gelijk<&KC::plaatsgevondenOp>, &moment<Bereik::gelijk>},
    // Library extension: range search on plaatsgevondenOp (see the top of this file).
    {"plaatsgevondenOp__gte", &moment_cmp<&KC::plaatsgevondenOp, std::greater_equal<>>, &moment<Bereik::vanaf>},
    {"plaatsgevondenOp__lt", &moment_cmp<&KC::plaatsgevondenOp, std::less<>>, &moment<Bereik::voor>},
    {"reactie", &bevat<&KC::reactie>},
    {"referentienummer", &gelijk<&KC::referentienummer>, &door_nummer<KC, "referentienummer">},
    {"vertrouwelijk", &gelijk<&KC::vertrouwelijk>},
    {"wasOnderwerpobject__onderwerpobjectidentificatorCodeObjecttype", &kc_was_oo<&OI::codeObjecttype>},
    {"wasOnderwerpobject__onderwerpobjectidentificatorCodeRegister", &kc_was_oo<&OI::codeRegister>},
    {"wasOnderwerpobject__onderwerpobjectidentificatorCodeSoortObjectId", &kc_was_oo<&OI::codeSoortObjectId>},
    {"wasOnderwerpobject__onderwerpobjectidentificatorObjectId", &kc_was_oo<&OI::objectId>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return heen<&OO::wasKlantcontact>(opslag::uuids_in(o.indexen().onderwerpobject_object_id, w), o); }},
    {"wasOnderwerpobject__url", &enig<KC, OO, "wasKlantcontact", &op_url<&OO::uuid>>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return heen<&OO::wasKlantcontact>(een(uuid_uit_url(w)), o); }},
    {"wasOnderwerpobject__uuid", &enig<KC, OO, "wasKlantcontact", &gelijk<&OO::uuid>>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return heen<&OO::wasKlantcontact>(een(json::parse_uuid(w)), o); }},
};

const Filter<InterneTaak> kInterneTaak[] = {
    {"aanleidinggevendKlantcontact__url", &op_url<&InterneTaak::aanleidinggevendKlantcontact>, &door_url<InterneTaak, "aanleidinggevendKlantcontact">},
    {"aanleidinggevendKlantcontact__uuid", &gelijk<&InterneTaak::aanleidinggevendKlantcontact>, &door_uuid<InterneTaak, "aanleidinggevendKlantcontact">},
    {"actoren__naam", &actor_naam},
    {"klantcontact__nummer", &via<&InterneTaak::aanleidinggevendKlantcontact, &gelijk<&KC::nummer>>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return terug<InterneTaak, "aanleidinggevendKlantcontact">(met_nummer<KC>("nummer", w, o), o); }},
    {"klantcontact__referentienummer", &via<&InterneTaak::aanleidinggevendKlantcontact, &gelijk<&KC::referentienummer>>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return terug<InterneTaak, "aanleidinggevendKlantcontact">(met_nummer<KC>("referentienummer", w, o), o); }},
    {"klantcontact__uuid", &gelijk<&InterneTaak::aanleidinggevendKlantcontact>, &door_uuid<InterneTaak, "aanleidinggevendKlantcontact">},
    {"nummer", &gelijk<&InterneTaak::nummer>, &door_nummer<InterneTaak, "nummer">},
    {"referentienummer", &gelijk<&InterneTaak::referentienummer>, &door_nummer<InterneTaak, "referentienummer">},
    {"status", &gelijk<&InterneTaak::status>, &taken_met_status},
    {"toegewezenAanActor__url", &toegewezen_url, &door_url<InterneTaak, "toegewezenAanActoren">},
    {"toegewezenAanActor__uuid", &toegewezen_uuid, &door_uuid<InterneTaak, "toegewezenAanActoren">},
    {"toegewezenOp", &gelijk<&InterneTaak::toegewezenOp>},
};

template <auto deel>
bool betrokkene_pi(const Betrokkene& b, std::string_view w, const Opslag& o) {
  return via<&Betrokkene::wasPartij, &partij_pi<deel>>(b, w, o);
}

const Filter<Betrokkene> kBetrokkene[] = {
    {"contactnaamAchternaam", &in_groep<&Betrokkene::contactnaam, &Contactnaam::achternaam>},
    {"contactnaamVoorletters", &in_groep<&Betrokkene::contactnaam, &Contactnaam::voorletters>},
    {"contactnaamVoornaam", &in_groep<&Betrokkene::contactnaam, &Contactnaam::voornaam>},
    {"contactnaamVoorvoegselAchternaam", &in_groep<&Betrokkene::contactnaam, &Contactnaam::voorvoegselAchternaam>},
    {"hadKlantcontact__nummer", &via<&Betrokkene::hadKlantcontact, &gelijk<&KC::nummer>>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return terug<Betrokkene, "hadKlantcontact">(met_nummer<KC>("nummer", w, o), o); }},
    {"hadKlantcontact__referentienummer", &via<&Betrokkene::hadKlantcontact, &gelijk<&KC::referentienummer>>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return terug<Betrokkene, "hadKlantcontact">(met_nummer<KC>("referentienummer", w, o), o); }},
    {"hadKlantcontact__url", &op_url<&Betrokkene::hadKlantcontact>, &door_url<Betrokkene, "hadKlantcontact">},
    {"hadKlantcontact__uuid", &gelijk<&Betrokkene::hadKlantcontact>, &door_uuid<Betrokkene, "hadKlantcontact">},
    {"organisatienaam", &gelijk<&Betrokkene::organisatienaam>},
    {"verstrektedigitaalAdres__adres", &enig<Betrokkene, DA, "verstrektDoorBetrokkene", &gelijk<&DA::adres>>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return heen<&DA::verstrektDoorBetrokkene>(opslag::uuids_in(o.indexen().adres, w), o); }},
    {"verstrektedigitaalAdres__url", &enig<Betrokkene, DA, "verstrektDoorBetrokkene", &op_url<&DA::uuid>>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return heen<&DA::verstrektDoorBetrokkene>(een(uuid_uit_url(w)), o); }},
    {"verstrektedigitaalAdres__uuid", &enig<Betrokkene, DA, "verstrektDoorBetrokkene", &gelijk<&DA::uuid>>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return heen<&DA::verstrektDoorBetrokkene>(een(json::parse_uuid(w)), o); }},
    {"wasPartij__nummer", &via<&Betrokkene::wasPartij, &gelijk<&Partij::nummer>>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return terug<Betrokkene, "wasPartij">(met_nummer<Partij>("nummer", w, o), o); }},
    {"wasPartij__partijIdentificator__codeObjecttype", &betrokkene_pi<&PIG::codeObjecttype>},
    {"wasPartij__partijIdentificator__codeRegister", &betrokkene_pi<&PIG::codeRegister>},
    {"wasPartij__partijIdentificator__codeSoortObjectId", &betrokkene_pi<&PIG::codeSoortObjectId>},
    {"wasPartij__partijIdentificator__objectId", &betrokkene_pi<&PIG::objectId>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return terug<Betrokkene, "wasPartij">(partijen_met_object_id(w, o), o); }},
    {"wasPartij__url", &op_url<&Betrokkene::wasPartij>, &door_url<Betrokkene, "wasPartij">},
    {"wasPartij__uuid", &gelijk<&Betrokkene::wasPartij>, &door_uuid<Betrokkene, "wasPartij">},
};

const Filter<PartijIdentificator> kPartijIdentificator[] = {
    {"anderePartijIdentificator", &gelijk<&PI::anderePartijIdentificator>},
    {"partijIdentificatorCodeObjecttype", &in_groep<&PI::partijIdentificator, &PIG::codeObjecttype>},
    {"partijIdentificatorCodeRegister", &in_groep<&PI::partijIdentificator, &PIG::codeRegister>},
    {"partijIdentificatorCodeSoortObjectId", &in_groep<&PI::partijIdentificator, &PIG::codeSoortObjectId>},
    {"partijIdentificatorObjectId", &in_groep<&PI::partijIdentificator, &PIG::objectId>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return identificatoren_met_object_id(o, w); }},
};

const Filter<ActorKlantcontact> kActorKlantcontact[] = {
    {"actor__url", &op_url<&ActorKlantcontact::actor>, &door_url<ActorKlantcontact, "actor">},
    {"actor__uuid", &gelijk<&ActorKlantcontact::actor>, &door_uuid<ActorKlantcontact, "actor">},
    {"klantcontact__url", &op_url<&ActorKlantcontact::klantcontact>, &door_url<ActorKlantcontact, "klantcontact">},
    {"klantcontact__uuid", &gelijk<&ActorKlantcontact::klantcontact>, &door_uuid<ActorKlantcontact, "klantcontact">},
};

const Filter<Actor> kActor[] = {
    {"actoridentificatorCodeObjecttype", &in_groep<&Actor::actoridentificator, &OI::codeObjecttype>},
    {"actoridentificatorCodeRegister", &in_groep<&Actor::actoridentificator, &OI::codeRegister>},
    {"actoridentificatorCodeSoortObjectId", &in_groep<&Actor::actoridentificator, &OI::codeSoortObjectId>},
    {"actoridentificatorObjectId", &in_groep<&Actor::actoridentificator, &OI::objectId>},
    {"indicatieActief", &gelijk<&Actor::indicatieActief>},
    {"naam", &bevat<&Actor::naam>},
    {"soortActor", &gelijk<&Actor::soortActor>},
};

const Filter<Onderwerpobject> kOnderwerpobject[] = {
    {"klantcontact__url", &op_url<&OO::klantcontact>, &door_url<OO, "klantcontact">},
    {"klantcontact__uuid", &gelijk<&OO::klantcontact>, &door_uuid<OO, "klantcontact">},
    {"onderwerpobjectidentificatorCodeObjecttype", &in_groep<&OO::onderwerpobjectidentificator, &OI::codeObjecttype>},
    {"onderwerpobjectidentificatorCodeRegister", &in_groep<&OO::onderwerpobjectidentificator, &OI::codeRegister>},
    {"onderwerpobjectidentificatorCodeSoortObjectId", &in_groep<&OO::onderwerpobjectidentificator, &OI::codeSoortObjectId>},
    {"onderwerpobjectidentificatorObjectId", &in_groep<&OO::onderwerpobjectidentificator, &OI::objectId>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return opslag::uuids_in(o.indexen().onderwerpobject_object_id, w); }},
    {"wasKlantcontact__url", &op_url<&OO::wasKlantcontact>, &door_url<OO, "wasKlantcontact">},
    {"wasKlantcontact__uuid", &gelijk<&OO::wasKlantcontact>, &door_uuid<OO, "wasKlantcontact">},
};

const Filter<Bijlage> kBijlage[] = {
    {"bijlageidentificatorCodeObjecttype", &in_groep<&Bijlage::bijlageidentificator, &OI::codeObjecttype>},
    {"bijlageidentificatorCodeRegister", &in_groep<&Bijlage::bijlageidentificator, &OI::codeRegister>},
    {"bijlageidentificatorCodeSoortObjectId", &in_groep<&Bijlage::bijlageidentificator, &OI::codeSoortObjectId>},
    {"bijlageidentificatorObjectId", &in_groep<&Bijlage::bijlageidentificator, &OI::objectId>},
    {"klantcontact__uuid", &gelijk<&Bijlage::wasBijlageVanKlantcontact>, &door_uuid<Bijlage, "wasBijlageVanKlantcontact">},
};

const Filter<Rekeningnummer> kRekeningnummer[] = {
    {"bic", &gelijk<&Rekeningnummer::bic>},
    {"iban", &gelijk<&Rekeningnummer::iban>},
    {"uuid", &gelijk<&Rekeningnummer::uuid>,
     [](std::string_view w, const Opslag&) -> Kandidaten { return een(json::parse_uuid(w)); }},
};

const Filter<Vertegenwoordigden> kVertegenwoordigden[] = {
    {"vertegenwoordigdePartij__url", &op_url<&VT::vertegenwoordigdePartij>, &door_url<VT, "vertegenwoordigdePartij">},
    {"vertegenwoordigdePartij__uuid", &gelijk<&VT::vertegenwoordigdePartij>, &door_uuid<VT, "vertegenwoordigdePartij">},
    {"vertegenwoordigendePartij__url", &op_url<&VT::vertegenwoordigendePartij>, &door_url<VT, "vertegenwoordigendePartij">},
    {"vertegenwoordigendePartij__uuid", &gelijk<&VT::vertegenwoordigendePartij>, &door_uuid<VT, "vertegenwoordigendePartij">},
};

const Filter<CategorieRelatie> kCategorieRelatie[] = {
    {"beginDatum", &gelijk<&CR::beginDatum>},
    {"categorie__naam", &via<&CR::categorie, &gelijk<&Categorie::naam>>},
    {"categorie__url", &op_url<&CR::categorie>, &door_url<CR, "categorie">},
    {"categorie__uuid", &gelijk<&CR::categorie>, &door_uuid<CR, "categorie">},
    {"eindDatum", &gelijk<&CR::eindDatum>},
    {"partij__nummer", &via<&CR::partij, &gelijk<&Partij::nummer>>,
     [](std::string_view w, const Opslag& o) -> Kandidaten { return terug<CR, "partij">(met_nummer<Partij>("nummer", w, o), o); }},
    {"partij__url", &op_url<&CR::partij>, &door_url<CR, "partij">},
    {"partij__uuid", &gelijk<&CR::partij>, &door_uuid<CR, "partij">},
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
template <> std::span<const Filter<Rekeningnummer>> filters<Rekeningnummer>() { return kRekeningnummer; }
template <> std::span<const Filter<Vertegenwoordigden>> filters<Vertegenwoordigden>() { return kVertegenwoordigden; }
template <> std::span<const Filter<Categorie>> filters<Categorie>() { return {}; }
template <> std::span<const Filter<CategorieRelatie>> filters<CategorieRelatie>() { return kCategorieRelatie; }

}  // namespace ki

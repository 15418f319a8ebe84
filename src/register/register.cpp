// The register's calls: locking, the generic write, reads, lists by
// collection name. Type-specific behaviour is in sla_op.cpp, regels.cpp,
// verwijderen.cpp and lijsten.cpp.

#include <boost/uuid/random_generator.hpp>

#include <mutex>

#include "impl.hpp"

namespace ki {

InvalidParams Antwoord::invalid_params() const {
  InvalidParams out;
  if (!body.is_object()) return out;
  const auto* lijst = body.get_object().if_contains("invalidParams");
  if (!lijst || !lijst->is_array()) return out;
  for (const auto& p : lijst->get_array()) {
    const auto& o = p.get_object();
    out.push_back({std::string(o.at("name").get_string()), std::string(o.at("code").get_string()),
                   std::string(o.at("reason").get_string())});
  }
  return out;
}

const void* OpslagOpzoeker::vind(std::string_view naam, const Uuid& u) const {
  const void* gevonden = nullptr;
  o_.voor_elke_verzameling([&](const auto& v) {
    using T = typename std::decay_t<decltype(v)>::Type;
    if (gevonden || Resource<T>::naam != naam) return;
    if (auto obj = v.vind(u)) {
      auto p = std::make_shared<const T>(std::move(*obj));
      gevonden = p.get();
      uitgepakt_.push_back(std::move(p));
    }
  });
  return gevonden;
}

Antwoord Register::Impl::ongeldig(InvalidParams errors) const {
  return {HttpStatus::invalid, json::error_document(errors, options.base_url)};
}

Antwoord Register::Impl::niet_gevonden() const {
  boost::json::object doc;
  doc["type"] = options.base_url + "/ref/fouten/NotFound/";
  doc["code"] = "not_found";
  doc["title"] = "Niet gevonden.";
  doc["status"] = 404;
  doc["detail"] = "Niet gevonden.";
  doc["instance"] = "urn:uuid:" + json::format_uuid(random_uuid());
  return {HttpStatus::not_found, std::move(doc)};
}

Antwoord Register::Impl::conflict(std::string_view detail) const {
  boost::json::object doc;
  doc["type"] = options.base_url + "/ref/fouten/Conflict/";
  doc["code"] = "conflict";
  doc["title"] = "Conflict.";
  doc["status"] = 409;
  doc["detail"] = detail;
  doc["instance"] = "urn:uuid:" + json::format_uuid(random_uuid());
  return {HttpStatus::conflict, std::move(doc)};
}

Uuid Register::Impl::nieuwe_uuid() const {
  return options.uuid_generator ? options.uuid_generator() : random_uuid();
}

Uuid random_uuid() {
  thread_local boost::uuids::random_generator gen;
  return gen();
}

DateTime als_datetime(std::chrono::system_clock::time_point t) {
  using namespace std::chrono;
  const auto dagen = floor<days>(t);
  const year_month_day ymd{dagen};
  const auto rest = duration_cast<microseconds>(t - dagen);
  DateTime d;
  d.datum = {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
             static_cast<int>(static_cast<unsigned>(ymd.day()))};
  const long long us = rest.count();
  d.uur = static_cast<int>(us / 3'600'000'000LL);
  d.minuut = static_cast<int>(us / 60'000'000LL % 60);
  d.seconde = static_cast<int>(us / 1'000'000LL % 60);
  d.microseconde = static_cast<int>(us % 1'000'000LL);
  d.zone = DateTime::Zone::utc;
  return d;
}

Date als_datum(std::chrono::system_clock::time_point t) { return als_datetime(t).datum; }

// PUT keeps omitted optional fields and PATCH changes only what it names
// (model.md §1.7): every field the request had replaces the stored one.
template <class T>
T samenvoegen(const T& oud, const T& request, rules::Modus m) {
  T nieuw = oud;
  for_each_veld<T>([&](const auto& veld) {
    const auto& f = request.*(veld.member);
    if (f.present()) nieuw.*(veld.member) = f;
  });
  if constexpr (std::is_same_v<T, Klantcontact>) {
    // The one field with a serializer default, re-applied on PUT.
    if (m == rules::Modus::update && !request.verdereActieOndernomen.present())
      nieuw.verdereActieOndernomen = false;
  }
  return nieuw;
}

template <class T>
Antwoord Register::Impl::schrijf(rules::Modus m, const Uuid* uuid,
                                 const boost::json::value& body) {
  auto lock = schrijfslot();
  std::optional<T> opgeslagen;
  if (uuid) {
    opgeslagen = opslag.van<T>().vind(*uuid);
    if (!opgeslagen) return niet_gevonden();
  }
  const T* oud = opgeslagen ? &*opgeslagen : nullptr;
  const OpslagOpzoeker opzoeker(opslag);
  auto v = rules::validate<T>(body, regels(m, oud, opzoeker));
  if (!v.ok()) return ongeldig(std::move(v.errors));
  T nieuw = oud ? samenvoegen(*oud, v.value, m) : v.value;
  // The uuid is the path's (a writable uuid in the body, PartijIdentificator's,
  // never renames a stored object) or a new one.
  nieuw.uuid = oud ? *uuid : nieuwe_uuid();
  json::ErrorPath err;
  controleer_opgeslagen(*this, nieuw, v.value, oud, m, err);
  if (err.count()) return ongeldig(err.take());
  const Uuid u = *nieuw.uuid;
  opslag::Transactie t(opslag);
  sla_op(*this, t, nieuw, v.value, oud, m);
  // The answer is rendered before the commit: when rendering fails (out of
  // memory), the write is undone as well, not stored behind an exception.
  Antwoord a{oud ? HttpStatus::ok : HttpStatus::created,
             json::encode(weergave.render(*opslag.van<T>().vind(u)))};
  t.commit();
  return a;
}

Register::Register(RegisterOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Register::~Register() = default;

template <class T>
Antwoord Register::create(const boost::json::value& body) {
  return impl_->schrijf<T>(rules::Modus::create, nullptr, body);
}

template <class T>
Antwoord Register::update(const Uuid& uuid, const boost::json::value& body) {
  return impl_->schrijf<T>(rules::Modus::update, &uuid, body);
}

template <class T>
Antwoord Register::patch(const Uuid& uuid, const boost::json::value& body) {
  return impl_->schrijf<T>(rules::Modus::partial, &uuid, body);
}

template <class T>
Antwoord Register::get(const Uuid& uuid, std::string_view expand) const {
  auto lock = impl_->leesslot();
  const auto obj = impl_->opslag.van<T>().vind(uuid);
  if (!obj) return impl_->niet_gevonden();
  return {HttpStatus::ok, json::encode(impl_->weergave.render(*obj, expand))};
}

template <class T>
std::optional<T> Register::vind(const Uuid& uuid) const {
  auto lock = impl_->leesslot();
  const auto obj = impl_->opslag.van<T>().vind(uuid);
  if (!obj) return std::nullopt;
  return impl_->weergave.render(*obj);
}

template <class T>
std::size_t Register::count() const {
  auto lock = impl_->leesslot();
  return impl_->opslag.van<T>().items.size();
}

namespace {

// Calls f(T*) for the resource type of a collection (or objecttype) name;
// false when there is none.
template <class F>
bool per_collectie(std::string_view naam, F&& f) {
  bool gevonden = false;
  opslag::voor_elk_type([&](auto* tag) {
    using T = std::remove_pointer_t<decltype(tag)>;
    if (!gevonden && (Resource<T>::collectie == naam || Resource<T>::naam == naam)) {
      gevonden = true;
      f(tag);
    }
  });
  return gevonden;
}

}  // namespace

std::optional<std::string_view> Register::collectie_van(std::string_view naam) {
  std::optional<std::string_view> c;
  per_collectie(naam, [&](auto* tag) { c = Resource<std::remove_pointer_t<decltype(tag)>>::collectie; });
  return c;
}

namespace {

Antwoord onbekende_collectie(std::string_view naam) {
  boost::json::object doc;
  doc["code"] = "not_found";
  doc["title"] = "Niet gevonden.";
  doc["status"] = 404;
  doc["detail"] = "Onbekende collectie: " + std::string(naam);
  return {HttpStatus::not_found, std::move(doc)};
}

}  // namespace

Antwoord Register::create(std::string_view collectie, const boost::json::value& body) {
  Antwoord a = onbekende_collectie(collectie);
  per_collectie(collectie, [&](auto* tag) { a = create<std::remove_pointer_t<decltype(tag)>>(body); });
  return a;
}

Antwoord Register::update(std::string_view collectie, const Uuid& uuid,
                          const boost::json::value& body) {
  Antwoord a = onbekende_collectie(collectie);
  per_collectie(collectie,
                [&](auto* tag) { a = update<std::remove_pointer_t<decltype(tag)>>(uuid, body); });
  return a;
}

Antwoord Register::patch(std::string_view collectie, const Uuid& uuid,
                         const boost::json::value& body) {
  Antwoord a = onbekende_collectie(collectie);
  per_collectie(collectie,
                [&](auto* tag) { a = patch<std::remove_pointer_t<decltype(tag)>>(uuid, body); });
  return a;
}

Antwoord Register::remove(std::string_view collectie, const Uuid& uuid) {
  Antwoord a = onbekende_collectie(collectie);
  per_collectie(collectie, [&](auto* tag) { a = remove<std::remove_pointer_t<decltype(tag)>>(uuid); });
  return a;
}

Antwoord Register::get(std::string_view collectie, const Uuid& uuid,
                       std::string_view expand) const {
  Antwoord a = onbekende_collectie(collectie);
  per_collectie(collectie,
                [&](auto* tag) { a = get<std::remove_pointer_t<decltype(tag)>>(uuid, expand); });
  return a;
}

Antwoord Register::list(std::string_view collectie, const Query& query) const {
  Antwoord a = onbekende_collectie(collectie);
  per_collectie(collectie, [&](auto* tag) { a = list<std::remove_pointer_t<decltype(tag)>>(query); });
  return a;
}

#define KI_REGISTER_TYPE(T)                                                           \
  template Antwoord Register::create<T>(const boost::json::value&);                   \
  template Antwoord Register::update<T>(const Uuid&, const boost::json::value&);      \
  template Antwoord Register::patch<T>(const Uuid&, const boost::json::value&);       \
  template Antwoord Register::get<T>(const Uuid&, std::string_view) const;            \
  template std::optional<T> Register::vind<T>(const Uuid&) const;                     \
  template std::size_t Register::count<T>() const;

KI_REGISTER_TYPE(Klantcontact)
KI_REGISTER_TYPE(Betrokkene)
KI_REGISTER_TYPE(Onderwerpobject)
KI_REGISTER_TYPE(Bijlage)
KI_REGISTER_TYPE(ActorKlantcontact)
KI_REGISTER_TYPE(Actor)
KI_REGISTER_TYPE(InterneTaak)
KI_REGISTER_TYPE(Partij)
KI_REGISTER_TYPE(PartijIdentificator)
KI_REGISTER_TYPE(DigitaalAdres)
KI_REGISTER_TYPE(Rekeningnummer)
KI_REGISTER_TYPE(Vertegenwoordigden)
KI_REGISTER_TYPE(Categorie)
KI_REGISTER_TYPE(CategorieRelatie)

}  // namespace ki

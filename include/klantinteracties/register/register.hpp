#pragma once
// The in-memory register: every resource of the Klantinteracties API with the
// semantics of Open Klant's endpoints (model.md §1.2, §1.7, §9, §10). JSON in
// and out is the API's own; every write goes through the validators
// (rules/validate.hpp) and is all-or-nothing.
//
//   ki::Register reg({.base_url = "https://openklant.example.nl"});
//   auto a = reg.create<ki::Partij>(body);       // as POST /partijen
//   if (a.status == ki::HttpStatus::created) ... a.body["uuid"]
//
// Thread safety: every member function may be called from many threads at
// once; readers run in parallel, writers one at a time, and a waiting writer
// goes before readers that arrive after it (no caller locking).

#include <boost/json/value.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "klantinteracties/invalid_param.hpp"
#include "klantinteracties/model.hpp"
#include "klantinteracties/rules/options.hpp"

namespace ki {

// The outcome of a register call, as the API's HTTP status.
enum class HttpStatus {
  ok = 200,
  created = 201,
  no_content = 204,
  invalid = 400,
  not_found = 404,
  conflict = 409,
};

struct Antwoord {
  HttpStatus status = HttpStatus::ok;
  boost::json::value body;  // the resource, page or error document (null for 204)
  bool ok() const { return static_cast<int>(status) < 400; }
  // The invalidParams of an error document (empty otherwise).
  InvalidParams invalid_params() const;
};

struct RegisterOptions {
  // Scheme, host and port of the URLs the register hands out.
  std::string base_url = "http://localhost:8000";
  rules::Profiel profiel = rules::Profiel::openklant;
  // Reference lists for validation; null: the built-in defaults. Not owned;
  // must outlive the register.
  const referentielijsten::Referentielijsten* referentielijsten = nullptr;
  // The clock for server-filled moments (plaatsgevondenOp, toegewezenOp…);
  // default: the system clock.
  std::function<std::chrono::system_clock::time_point()> klok{};
  // The uuids of new resources; default: random (version 4). A fixed
  // sequence makes examples and tests reproducible.
  std::function<Uuid()> uuid_generator{};
};

// Query parameters of a list endpoint, as the API names them
// (`partijIdentificator__objectId`, `page`, `pageSize`, `expand`).
using Query = std::vector<std::pair<std::string, std::string>>;

class Register {
public:
  explicit Register(RegisterOptions options = {});
  ~Register();
  Register(const Register&) = delete;
  Register& operator=(const Register&) = delete;

  const RegisterOptions& options() const;

  // Runs `werk` as one write: the register calls it makes on `reg` (this
  // register) see each other's results, no other thread sees any of them
  // before the end, and when `werk` answers an error (status >= 400) or
  // throws, everything it wrote is undone. Returns `werk`'s answer.
  //
  //   auto a = reg.transactie([&](ki::Register& r) {
  //     auto p = r.create<ki::Partij>(partij);
  //     if (!p.ok()) return p;
  //     return r.create<ki::DigitaalAdres>(adres_van(p));
  //   });
  //
  // Other threads wait for the whole transactie; calls from `werk` on other
  // threads would wait for it too (deadlock). import_snapshot inside it
  // answers 409.
  Antwoord transactie(const std::function<Antwoord(Register& reg)>& werk);

  // POST /{collectie}: 201 with the stored resource, or 400.
  template <class T>
  Antwoord create(const boost::json::value& body);
  // PUT /{collectie}/{uuid}: 200, 400 or 404.
  template <class T>
  Antwoord update(const Uuid& uuid, const boost::json::value& body);
  // PATCH /{collectie}/{uuid}: 200, 400 or 404.
  template <class T>
  Antwoord patch(const Uuid& uuid, const boost::json::value& body);
  // DELETE /{collectie}/{uuid}: 204, 400 (protected) or 404.
  template <class T>
  Antwoord remove(const Uuid& uuid);
  // GET /{collectie}/{uuid}[?expand=…]: 200 or 404.
  template <class T>
  Antwoord get(const Uuid& uuid, std::string_view expand = {}) const;
  // GET /{collectie}?…: 200 with a page, or 400 (unknown parameters).
  template <class T>
  Antwoord list(const Query& query = {}) const;

  // POST /maak-klantcontact: klantcontact (+ betrokkene, + onderwerpobject).
  Antwoord maak_klantcontact(const boost::json::value& body);
  // DELETE /onderwerpobjecten/{uuid}?cascade=true (model.md §10).
  Antwoord remove_onderwerpobject_cascade(const Uuid& uuid);

  // The stored resource as the API renders it, typed.
  template <class T>
  std::optional<T> vind(const Uuid& uuid) const;

  // The collection of a collection or objecttype name (`partijen` or
  // `Partij` -> `partijen`); none when the register has no such resource.
  static std::optional<std::string_view> collectie_van(std::string_view naam);

  // The same calls by collection name (`partijen`, `klantcontacten`…), for
  // the C ABI and other run-time callers; 404 for an unknown collection.
  Antwoord create(std::string_view collectie, const boost::json::value& body);
  Antwoord update(std::string_view collectie, const Uuid& uuid, const boost::json::value& body);
  Antwoord patch(std::string_view collectie, const Uuid& uuid, const boost::json::value& body);
  Antwoord remove(std::string_view collectie, const Uuid& uuid);
  Antwoord get(std::string_view collectie, const Uuid& uuid, std::string_view expand = {}) const;
  Antwoord list(std::string_view collectie, const Query& query = {}) const;

  // The whole register as JSON Lines, one `{"type": …, "object": …}` per
  // stored resource in the API's JSON; import_snapshot replaces the contents
  // with such a document, all or nothing.
  std::string export_snapshot() const;
  Antwoord import_snapshot(std::string_view jsonl);

  // The partijen with exactly this name, in the order they were stored: an
  // organisatie's `naam`, a persoon's or contactpersoon's full contactnaam
  // (`voornaam voorvoegselAchternaam achternaam`, as Betrokkene's
  // volledigeNaam). From an index; Open Klant's API has no such filter.
  std::vector<Uuid> partijen_op_naam(std::string_view naam) const;

  // Typed look-ups from the indexes, for callers that want the objects
  // rather than the API's page (about a microsecond at a million partijen;
  // fetch each with vind<T>).
  //
  // The partijen with a partij-identificator of this codeSoortObjectId and
  // objectId (both on the same identificator), in the order their
  // identificatoren were stored.
  std::vector<Uuid> partijen_op_identificator(CodeSoortObjectId soort,
                                              std::string_view object_id) const;
  // The digitale adressen whose adres is exactly this text (as `?adres=`),
  // in the order they were stored.
  std::vector<Uuid> digitale_adressen_op_adres(std::string_view adres) const;
  // The partijen that gave those digitale adressen (verstrektDoorPartij),
  // each once, in the order of the adressen.
  std::vector<Uuid> partijen_op_digitaal_adres(std::string_view adres) const;

  // Number of stored resources of type T.
  template <class T>
  std::size_t count() const;

  struct Impl;

private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace ki

#pragma once
// The register's private state, shared by its source files.

#include <atomic>
#include <mutex>
#include <shared_mutex>
#include <thread>

#include "klantinteracties/json/error_document.hpp"
#include "klantinteracties/json/codec.hpp"
#include "klantinteracties/register/register.hpp"
#include "klantinteracties/rules/validate.hpp"
#include "opslag.hpp"
#include "schrijver_eerst.hpp"
#include "weergave.hpp"

namespace ki {

// Answers the validators' questions about stored data. The objects it
// unpacks live as long as it does: one per write.
class OpslagOpzoeker final : public rules::Opzoeker {
public:
  explicit OpslagOpzoeker(const opslag::Opslag& o) : o_(o) {}
  const void* vind(std::string_view naam, const Uuid& u) const override;

private:
  const opslag::Opslag& o_;
  mutable std::vector<std::shared_ptr<const void>> uitgepakt_;
};

struct Register::Impl {
  explicit Impl(RegisterOptions opt)
      : options(std::move(opt)), weergave(opslag, options.base_url) {}

  RegisterOptions options;
  mutable opslag::SchrijverEerstMutex mutex;  // many readers, one writer, writers first
  // The thread running a transactie: its calls hold the lock already.
  std::atomic<std::thread::id> eigenaar{};

  bool in_transactie() const { return eigenaar.load() == std::this_thread::get_id(); }
  std::unique_lock<opslag::SchrijverEerstMutex> schrijfslot() const {
    return in_transactie() ? std::unique_lock<opslag::SchrijverEerstMutex>()
                           : std::unique_lock<opslag::SchrijverEerstMutex>(mutex);
  }
  std::shared_lock<opslag::SchrijverEerstMutex> leesslot() const {
    return in_transactie() ? std::shared_lock<opslag::SchrijverEerstMutex>()
                           : std::shared_lock<opslag::SchrijverEerstMutex>(mutex);
  }
  Uuid nieuwe_uuid() const;
  opslag::Opslag opslag;
  opslag::Weergave weergave;

  std::chrono::system_clock::time_point nu() const {
    return options.klok ? options.klok() : std::chrono::system_clock::now();
  }
  rules::Options regels(rules::Modus m, const void* opgeslagen,
                        const OpslagOpzoeker& opzoeker) const {
    return {m, options.profiel, options.referentielijsten, &opzoeker, opgeslagen};
  }
  Antwoord ongeldig(InvalidParams errors) const;
  Antwoord niet_gevonden() const;
  Antwoord conflict(std::string_view detail) const;

  // The write of one resource: validation, stored-data rules, the merge of
  // PUT/PATCH, and the nested writes, in one transaction.
  template <class T>
  Antwoord schrijf(rules::Modus m, const Uuid* uuid, const boost::json::value& body);
};

// KI-*: the rules that need stored data, on the merged object. `request` is
// the validated request (only what it contained).
template <class T>
void controleer_opgeslagen(const Register::Impl& r, const T& nieuw, const T& request,
                           const T* oud, rules::Modus m, json::ErrorPath& err);

// Writes `nieuw` and everything it implies (nested identificatoren, linked
// addresses, server-side derivations) into the transaction.
template <class T>
void sla_op(Register::Impl& r, opslag::Transactie& t, T& nieuw, const T& request, const T* oud,
            rules::Modus m);

// A random (version 4) uuid, for error document instances.
Uuid random_uuid();

// The current time as the API writes it (UTC, microseconds).
DateTime als_datetime(std::chrono::system_clock::time_point t);
Date als_datum(std::chrono::system_clock::time_point t);

}  // namespace ki

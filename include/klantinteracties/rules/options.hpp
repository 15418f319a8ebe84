#pragma once
// How a payload is validated: the HTTP method Open Klant would see, the
// profile, the reference lists, and — inside a register — the stored data.

#include <boost/uuid/uuid.hpp>

#include <string_view>

#include "klantinteracties/json/limieten.hpp"

namespace ki::referentielijsten {
class Referentielijsten;
}

namespace ki::rules {

// POST (create), PUT (update) or PATCH (partial), as Open Klant treats them.
enum class Modus { create, update, partial };

// openklant: exactly Open Klant's verdict (never reject what it accepts).
// strict: adds the checks Open Klant lacks (rules marked NOT ENFORCED, IBAN
// mod-97, BSN 000000000, full date-time with offset, ISO 639-2 for taal).
enum class Profiel { openklant, strict };

// What the rules that need stored data may ask (validation.md: existence
// "… object bestaat niet.", uniqueness, effective values). A register
// implements it; stateless validation has none and skips those rules.
class Opzoeker {
public:
  virtual ~Opzoeker() = default;
  // The stored object of resource `naam` (Resource<T>::naam), or null. The
  // pointer is a `const T*`; use vind<T>().
  virtual const void* vind(std::string_view naam, const boost::uuids::uuid& uuid) const = 0;

  template <class T>
  const T* vind(const boost::uuids::uuid& uuid) const;
};

struct Options {
  Modus modus = Modus::create;
  Profiel profiel = Profiel::openklant;
  // The reference lists to judge against; null: the built-in defaults.
  const referentielijsten::Referentielijsten* referentielijsten = nullptr;
  // The stored data; null: rules that need it are skipped.
  const Opzoeker* opzoeker = nullptr;
  // On update/partial: the stored object being changed (a `const T*`), for
  // the rules that judge effective values (request, else stored).
  const void* opgeslagen = nullptr;
  // Size and nesting limits of a body given as text.
  json::Limieten limieten{};
};

}  // namespace ki::rules

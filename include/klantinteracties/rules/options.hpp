#pragma once
// How a payload is validated: the HTTP method Open Klant would see, the
// profile, and the reference lists.

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

struct Options {
  Modus modus = Modus::create;
  Profiel profiel = Profiel::openklant;
  // The reference lists to judge against; null: the built-in defaults.
  const referentielijsten::Referentielijsten* referentielijsten = nullptr;
};

}  // namespace ki::rules

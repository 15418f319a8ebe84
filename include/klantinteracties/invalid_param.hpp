#pragma once
// One entry of an error document's `invalidParams`, exactly as Open Klant
// reports it (validation.md §0).

#include <string>
#include <vector>

namespace ki {

struct InvalidParam {
  std::string name;    // dotted camelCase path: `bezoekadres.postcode`, `nonFieldErrors`
  std::string code;    // `required`, `invalid`, `max_length`, ...
  std::string reason;  // Open Klant's message, in Dutch where Open Klant has it
  friend bool operator==(const InvalidParam&, const InvalidParam&) = default;
};

using InvalidParams = std::vector<InvalidParam>;

}  // namespace ki

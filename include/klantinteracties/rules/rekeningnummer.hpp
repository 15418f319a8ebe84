#pragma once
// Rules of Rekeningnummer (validation.md §5, KI-RN).

#include "klantinteracties/model.hpp"
#include "klantinteracties/rules/walker.hpp"

namespace ki::rules {

template <>
struct Regels<Rekeningnummer> : GeenRegels<Rekeningnummer> {
  static void tekst(std::string_view veld, std::string_view v, const Walk<Rekeningnummer>& w,
                    json::ErrorPath& err);
};

}  // namespace ki::rules

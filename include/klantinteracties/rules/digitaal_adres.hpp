#pragma once
// Rules of DigitaalAdres (validation.md §13, KI-DA).

#include "klantinteracties/model.hpp"
#include "klantinteracties/rules/walker.hpp"

namespace ki::rules {

template <>
struct Regels<DigitaalAdres> : GeenRegels<DigitaalAdres> {
  static void tekst(std::string_view veld, std::string_view v, const Walk<DigitaalAdres>& w,
                    json::ErrorPath& err);
  static void na_veld(std::string_view veld, const Walk<DigitaalAdres>& w, json::ErrorPath& err);
  static void object(const Walk<DigitaalAdres>& w, json::ErrorPath& err);
};

}  // namespace ki::rules

#pragma once
// Rules of the address groups (validation.md §4, KI-ADR).

#include "klantinteracties/model.hpp"
#include "klantinteracties/rules/walker.hpp"

namespace ki::rules {

template <>
struct Regels<Adres> : GeenRegels<Adres> {
  static void tekst(std::string_view veld, std::string_view v, const Walk<Adres>&,
                    json::ErrorPath& err);
  static void na_veld(std::string_view veld, const Walk<Adres>& w, json::ErrorPath& err);
};

}  // namespace ki::rules

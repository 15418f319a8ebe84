#pragma once
// Rules of InterneTaak (validation.md §10, KI-IT).

#include "klantinteracties/model.hpp"
#include "klantinteracties/rules/walker.hpp"

namespace ki::rules {

template <>
struct Regels<InterneTaak> : GeenRegels<InterneTaak> {
  static void tekst(std::string_view veld, std::string_view v, const Walk<InterneTaak>& w,
                    json::ErrorPath& err);
  static void na_veld(std::string_view veld, const Walk<InterneTaak>& w, json::ErrorPath& err);
  static void object(const Walk<InterneTaak>& w, json::ErrorPath& err);
};

}  // namespace ki::rules

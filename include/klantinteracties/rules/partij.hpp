#pragma once
// Rules of Partij, PartijIdentificator and Vertegenwoordigden (validation.md §11, §12, §14).

#include "klantinteracties/model.hpp"
#include "klantinteracties/rules/walker.hpp"

namespace ki::rules {

template <>
struct Regels<PartijIdentificator> : GeenRegels<PartijIdentificator> {
  static void object(const Walk<PartijIdentificator>& w, json::ErrorPath& err);
};

template <>
struct Regels<Partij> : GeenRegels<Partij> {
  static void tekst(std::string_view veld, std::string_view v, const Walk<Partij>& w,
                    json::ErrorPath& err);
  static void na_veld(std::string_view veld, const Walk<Partij>& w, json::ErrorPath& err);
  static void opslaan(const Walk<Partij>& w, json::ErrorPath& err);
};

template <>
struct Regels<Vertegenwoordigden> : GeenRegels<Vertegenwoordigden> {
  static void object(const Walk<Vertegenwoordigden>& w, json::ErrorPath& err);
};

}  // namespace ki::rules

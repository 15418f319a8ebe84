#pragma once
// Rules of Klantcontact and MaakKlantcontact (validation.md §6-§8, §15).

#include "klantinteracties/model.hpp"
#include "klantinteracties/rules/walker.hpp"

namespace ki::rules {

template <>
struct Regels<Klantcontact> : GeenRegels<Klantcontact> {
  static void tekst(std::string_view veld, std::string_view v, const Walk<Klantcontact>& w,
                    json::ErrorPath& err);
  static void na_veld(std::string_view veld, const Walk<Klantcontact>& w, json::ErrorPath& err);
  static void object(const Walk<Klantcontact>& w, json::ErrorPath& err);
};

template <>
struct Regels<MaakKlantcontact> : GeenRegels<MaakKlantcontact> {
  static std::span<const std::string_view> alleen_lezen(std::string_view veld);
};

}  // namespace ki::rules
